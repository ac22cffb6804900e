package dev.edgarlive.local;

import dev.edgarlive.emulator.ProjectFiles;
import dev.edgarlive.emulator.RequiresEmulator;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk loading on the local stack as on AWS: an archive uploaded under archives/ goes through the archive queue to
 * the unpack function, whose members go under filings/archives/ and through the ingest queue to the ingest function,
 * one by one, and are served by the API; a member that is no filing becomes a failure record; unpacking the same
 * archive again writes nothing new; a gzipped filing under filings/ is ingested as the filing it holds.
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivesThroughFunctionsIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private LocalStack stack;
    private IngestOutcomes outcomes;
    private List<Path> files;

    @BeforeAll
    void start() throws Exception {
        LocalTestFiles.requireOrSkip(LocalTestFiles.functionPackagesBuilt(),
                "the function packages are not built (./mvnw package)");
        List<Path> corpus = ProjectFiles.corpusFiles().orElse(List.of());
        LocalTestFiles.requireOrSkip(!corpus.isEmpty(), "no shared corpus at ../shared/corpus");
        // EDGAR's feed format, and files the parser takes whole (a filing it records as a failure has its own tests).
        dev.edgarlive.parser.FilingParser parser = new dev.edgarlive.parser.FilingParser();
        files = corpus.stream().filter(file -> file.getFileName().toString().endsWith(".nc"))
                .filter(file -> parses(parser, file)).limit(4).toList();
        outcomes = new IngestOutcomes(lines::add);
        stack = LocalStack.start(new LocalStack.Settings(LocalTestFiles.PROJECT.resolve("template.yaml"),
                "edgar-live-archives", 0), line -> {
            lines.add(line);
            outcomes.accept(line);
        });
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anArchiveIsUnpackedMemberByMemberIngestedServedAndReportedAndASecondUploadWritesNothingNew() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        byte[] archive = tarGz(files, "logo.png", png);
        Set<String> members = new HashSet<>();
        files.forEach(file -> members.add("filings/archives/day.nc.tar.gz/" + file.getFileName()));
        members.add("filings/archives/day.nc.tar.gz/logo.png");

        upload("archives/day.nc.tar.gz", archive);

        assertThat(stack.awaitQuiet(Duration.ofSeconds(1), Duration.ofMinutes(5))).as("quiet in time").isPresent();
        // Quiet means done: the archive unpacked and every member's ingest answered, nothing on its way.
        assertThat(outcomes.outcomes()).as("%s", lines).containsKeys(members.toArray(String[]::new));
        assertThat(outcomes.storedIds()).hasSize(files.size());
        assertThat(outcomes.notStored().get("filings/archives/day.nc.tar.gz/logo.png")).startsWith("REJECTED")
                .contains("PNG");
        for (String id : outcomes.storedIds().values()) {
            assertThat(get("/filings/" + id).statusCode()).as(id).isEqualTo(200);
        }
        awaitLine(line -> line.startsWith("UNPACKED") && line.contains("key=archives/day.nc.tar.gz"));
        assertThat(object("reports/archives/day.nc.tar.gz.json")).contains("\"complete\" : true")
                .contains("\"written\" : " + files.size());

        int ingestLinesBefore = ingestLines();
        lines.removeIf(line -> line.startsWith("UNPACKED"));
        upload("archives/day.nc.tar.gz", archive);

        String second = awaitLine(line -> line.startsWith("UNPACKED") && line.contains("key=archives/day.nc.tar.gz"));
        assertThat(second).contains("written=0").contains("unchanged=" + files.size());
        Thread.sleep(3_000); // an ingest of a rewritten member would show within this
        assertThat(ingestLines()).isEqualTo(ingestLinesBefore);
    }

    @Test
    void aGzippedFilingIsIngestedAsTheFilingItHolds() throws Exception {
        Path seed = LocalTestFiles.PROJECT.resolve("samples/8k_hecla-mining_2000-11-28_seed.txt");
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(Files.readAllBytes(seed));
        }
        String key = "filings/gzipped/seed.txt.gz";

        upload(key, gzipped.toByteArray());

        assertThat(outcomes.awaitAll(Set.of(key), Duration.ofMinutes(2), line -> { })).isTrue();
        // The id is the hash of the filing's own bytes: the same as the plain seed's.
        assertThat(outcomes.storedIds().get(key)).isEqualTo("sha256-87eed33c2b6fca1e6e8943babf15648a");
    }

    private static boolean parses(dev.edgarlive.parser.FilingParser parser, Path file) {
        try {
            var result = parser.parse(Files.readAllBytes(file));
            return result.succeeded() && result.errors().isEmpty();
        } catch (IOException unreadable) {
            return false;
        }
    }

    private int ingestLines() {
        return (int) lines.stream().filter(line -> line.startsWith("STORED") || line.startsWith("UNCHANGED")
                || line.startsWith("REPLACED")).count();
    }

    private String awaitLine(java.util.function.Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such line; the stack printed:\n" + String.join("\n", lines));
    }

    private void upload(String key, byte[] content) {
        try (S3Client s3 = stack.emulator().s3()) {
            s3.putObject(put -> put.bucket(stack.bucket()).key(key), RequestBody.fromBytes(content));
        }
    }

    private String object(String key) {
        try (S3Client s3 = stack.emulator().s3()) {
            return s3.getObjectAsBytes(get -> get.bucket(stack.bucket()).key(key)).asString(StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.apiPort() + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] tarGz(List<Path> files, String extraName, byte[] extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            List<Object[]> members = new ArrayList<>();
            for (Path file : files) {
                members.add(new Object[] {file.getFileName().toString(), Files.readAllBytes(file)});
            }
            members.add(new Object[] {extraName, extra});
            for (Object[] member : members) {
                TarArchiveEntry entry = new TarArchiveEntry((String) member[0]);
                entry.setSize(((byte[]) member[1]).length);
                tar.putArchiveEntry(entry);
                tar.write((byte[]) member[1]);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
