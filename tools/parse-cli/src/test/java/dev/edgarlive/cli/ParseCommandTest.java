package dev.edgarlive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the command in-process, as {@code main} would, over the seed 8-K and files that are not filings. */
class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void printsOneRecordPerFileInInputOrderAndGoesOnPastBadFiles() throws Exception {
        String seed = seedFixture().toString();
        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        String missing = temp.resolve("no-such-filing.txt").toString();

        Run run = run(seed, missing, empty.toString(), seed);

        assertThat(run.exitCode).isZero();
        List<JsonNode> records = run.records();
        assertThat(records).extracting(r -> r.get("source").asText())
                .containsExactly(seed, missing, empty.toString(), seed);

        JsonNode filing = records.get(0);
        assertThat(filing.has("error")).as("the seed parses: %s", filing).isFalse();
        assertThat(filing.get("formType").asText()).isEqualTo("8-K");
        assertThat(filing.get("items").isArray()).isTrue();
        assertThat(records.get(3)).as("the same file parses the same way twice in one run").isEqualTo(filing);

        JsonNode notFound = records.get(1).get("error");
        assertThat(notFound.get("type").asText()).isEqualTo("FILE_NOT_FOUND");
        assertThat(notFound.get("message").asText()).contains("no-such-filing.txt");
        assertThat(records.get(1).size()).as("an error record holds source and error only").isEqualTo(2);

        JsonNode emptyError = records.get(2).get("error");
        assertThat(emptyError).as("an empty file is no filing: %s", records.get(2)).isNotNull();
        assertThat(emptyError.get("type").asText()).isNotBlank();
        assertThat(emptyError.get("message").asText()).isNotBlank();
    }

    @Test
    void printsDatesAsIsoDaysNotArrays() throws Exception {
        JsonNode filing = run(seedFixture().toString()).records().get(0);

        for (String field : List.of("filedDate", "periodOfReport")) {
            JsonNode date = filing.get(field);
            assertThat(date).as("%s is a field even when null", field).isNotNull();
            if (!date.isNull()) {
                assertThat(date.asText()).as(field).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
    }

    @Test
    void prettyPrintsOneIndentedObjectPerFile() throws Exception {
        String seed = seedFixture().toString();

        Run run = run("--pretty", seed, seed);

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("\n  \"source\" : ");
        List<JsonNode> objects = new ArrayList<>();
        JSON.readerFor(JsonNode.class).readValues(run.out).forEachRemaining(n -> objects.add((JsonNode) n));
        assertThat(objects).hasSize(2);
        assertThat(objects.get(0).get("source").asText()).isEqualTo(seed);
    }

    @Test
    void withoutFilesItIsMisusedAndSaysHow() {
        Run run = run();

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("FILE").contains("Usage");
    }

    @Test
    void anUnknownOptionIsMisuse() throws Exception {
        Run run = run("--frobnicate", seedFixture().toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--frobnicate");
    }

    @Test
    void aDirectoryIsAnUnreadableFile() {
        Run run = run(temp.toString());

        assertThat(run.exitCode).isZero();
        JsonNode error = run.records().get(0).get("error");
        assertThat(error.get("type").asText()).isEqualTo("UNREADABLE_FILE");
    }

    @Test
    void aGzippedFilingGivesTheSameRecordAsThePlainOne() throws Exception {
        String seed = seedFixture().toString();
        Path gzipped = Files.write(temp.resolve("seed.txt.gz"), GzipInflaterTest.gzip(Files.readAllBytes(Path.of(seed))));

        List<JsonNode> records = run(seed, gzipped.toString()).records();

        assertThat(records.get(1).get("source").asText()).isEqualTo(gzipped.toString());
        assertThat(withoutSource(records.get(1))).isEqualTo(withoutSource(records.get(0)));
    }

    @Test
    void aGzipFileIsKnownByItsMagicNumberWhateverItsName() throws Exception {
        Path gzipped = Files.write(temp.resolve("seed.txt"), GzipInflaterTest.gzip(Files.readAllBytes(seedFixture())));

        JsonNode record = run(gzipped.toString()).records().get(0);

        assertThat(record.has("error")).as("%s", record).isFalse();
        assertThat(record.get("formType").asText()).isEqualTo("8-K");
    }

    @Test
    void aGzipBombIsAnErrorRecordAndTheRunGoesOn() throws Exception {
        // 20 MB of zeros deflate to about 20 KB: a thousand to one, five times the bound of 200.
        Path bomb = Files.write(temp.resolve("bomb.txt.gz"), GzipInflaterTest.gzip(new byte[20 << 20]));
        String seed = seedFixture().toString();

        List<JsonNode> records = run(bomb.toString(), seed).records();

        JsonNode error = records.get(0).get("error");
        assertThat(error.get("type").asText()).as("%s", records.get(0)).isEqualTo("DECOMPRESSION_LIMIT");
        assertThat(error.get("message").asText()).contains("bomb.txt.gz").contains("200 times its compressed size");
        assertThat(records.get(1).get("formType").asText()).isEqualTo("8-K");
    }

    @Test
    void aGzipFileCutShortIsCorrupt() throws Exception {
        byte[] whole = GzipInflaterTest.gzip(Files.readAllBytes(seedFixture()));
        Path cut = Files.write(temp.resolve("cut.txt.gz"), Arrays.copyOf(whole, whole.length / 2));

        JsonNode error = run(cut.toString()).records().get(0).get("error");

        assertThat(error.get("type").asText()).isEqualTo("CORRUPT_GZIP");
        assertThat(error.get("message").asText()).contains("cut.txt.gz");
    }

    @Test
    void aFileNamedGzThatIsNotGzipIsCorruptNotParsedAsText() throws Exception {
        Path misnamed = Files.copy(seedFixture(), temp.resolve("seed.txt.gz"));

        JsonNode error = run(misnamed.toString()).records().get(0).get("error");

        assertThat(error.get("type").asText()).isEqualTo("CORRUPT_GZIP");
        assertThat(error.get("message").asText()).contains("magic number");
    }

    @Test
    void printsTheSameBytesWhateverTheThreadCount() throws Exception {
        // Files of different sizes and outcomes, so that later ones finish first on several threads.
        Path samples = seedFixture().getParent();
        String seed = seedFixture().toString();
        String fixture = samples.resolve("8k_northwind-instruments_2024-05-02_fixture.txt").toString();
        String gzipped = Files.write(temp.resolve("seed.txt.gz"), GzipInflaterTest.gzip(Files.readAllBytes(seedFixture())))
                .toString();
        String empty = Files.write(temp.resolve("empty.txt"), new byte[0]).toString();
        String missing = temp.resolve("missing.txt").toString();
        List<String> args = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            args.addAll(List.of(fixture, seed, missing, gzipped, empty));
        }

        Run oneThread = run(withThreads(1, args));
        Run fourThreads = run(withThreads(4, args));

        assertThat(oneThread.records()).hasSize(args.size());
        assertThat(fourThreads.out).isEqualTo(oneThread.out);
    }

    @Test
    void parsesTheFilesAListNamesAfterTheArguments() throws Exception {
        String seed = seedFixture().toString();
        String missing = temp.resolve("missing.txt").toString();
        Path list = Files.writeString(temp.resolve("list.txt"), missing + "\n\n" + seed + "\n");

        Run run = run("--files-from", list.toString(), seed);

        assertThat(run.exitCode).isZero();
        assertThat(run.records()).extracting(r -> r.get("source").asText()).containsExactly(seed, missing, seed);
    }

    @Test
    void aListThatCannotBeReadIsMisuse() {
        Run run = run("--files-from", temp.resolve("no-list.txt").toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("--files-from").contains("no-list.txt");
    }

    @Test
    void fewerThanOneThreadIsMisuse() throws Exception {
        Run run = run("--threads", "0", seedFixture().toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("--threads must be at least 1");
    }

    static String[] withThreads(int threads, List<String> files) {
        List<String> args = new ArrayList<>(List.of("--threads", Integer.toString(threads)));
        args.addAll(files);
        return args.toArray(String[]::new);
    }

    static Path seedFixture() throws URISyntaxException {
        // The one copy of the seed the project keeps is in samples/ (the build names the folder).
        return Path.of(System.getProperty("edgar.samples.dir", "../../samples"), "8k_hecla-mining_2000-11-28_seed.txt")
                .toAbsolutePath();
    }

    private static JsonNode withoutSource(JsonNode record) {
        ObjectNode copy = record.deepCopy();
        copy.remove("source");
        return copy;
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ParseCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exitCode, out.toString(), err.toString());
    }

    record Run(int exitCode, String out, String err) {

        List<JsonNode> records() {
            List<JsonNode> records = new ArrayList<>();
            for (String line : out.split("\n")) {
                try {
                    records.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
            return records;
        }
    }
}
