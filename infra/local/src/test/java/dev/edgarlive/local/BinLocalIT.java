package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/local as a user runs it: start it, upload a real filing from the corpus with the AWS SDK, read the filing
 * back through the local API, stop it with SIGTERM, and check that every process it started has ended.
 *
 * <p>It runs the packages the build has just made (bin/local is told not to build), so it needs the functions'
 * function.zip; without them, or without a corpus or an emulator, it is skipped, except on CI (CI=true), where a
 * skipped end-to-end test would pass unnoticed.
 */
class BinLocalIT {

    private static final Path PROJECT = LocalTestFiles.PROJECT;
    private static final Path CORPUS = LocalTestFiles.CORPUS;
    private static final Pattern ACCESSION = Pattern.compile("ACCESSION NUMBER:\\s*(\\d{10}-\\d{2}-\\d{6})");
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    /** The seed's id: the hash of its bytes, since the bare 8-K carries no accession number. */
    private static final String SEED_ID = "sha256-87eed33c2b6fca1e6e8943babf15648a";

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = new CopyOnWriteArrayList<>();
    private Thread outputReader;

    @Test
    void uploadedFilingIsServedAndStoppingLeavesNothingRunning() throws Exception {
        requireOrSkip(LocalTestFiles.functionPackagesBuilt(),
                "the function packages or infra/local's jar are not built (./mvnw package)");
        requireOrSkip(Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv")), "no corpus at " + CORPUS);
        requireOrSkip(emulatorAvailable(), "no AWS API emulator: set AWS_ENDPOINT_URL or put moto_server on PATH");
        Path filing = smallest8kWithSecHeader();
        String accession = accessionOf(filing);

        Process local = startBinLocal(freePort());
        List<ProcessHandle> started = List.of();
        try {
            Map<String, String> announced = awaitAnnouncement(local);
            started = local.descendants().toList();
            assertThat(started.stream().filter(BinLocalIT::isFunctionRuntime)).hasSize(2);

            String key = "filings/it/" + filing.getFileName();
            try (S3Client s3 = s3(announced.get("S3 endpoint"))) {
                s3.putObject(request -> request.bucket(announced.get("Bucket")).key(key), RequestBody.fromFile(filing));
            }
            String body = awaitFiling(announced.get("API"), accession);

            assertThat(body).contains("\"formType\":\"8-K\"").contains(accession);
            HttpResponse<String> dashboard = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(announced.get("Dashboard"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("<title>EDGAR Live</title>");
            String ingestLine = awaitLine(line -> line.contains("key=" + key), Duration.ofSeconds(30));
            assertThat(ingestLine).contains("STORED").contains("form=8-K").contains("id=" + accession).contains("ms=");

            // The seed end to end: S3 upload -> S3 event -> ingest function -> table -> query function -> HTTP.
            try (S3Client s3 = s3(announced.get("S3 endpoint"))) {
                s3.putObject(request -> request.bucket(announced.get("Bucket")).key("filings/it/seed 8-K.txt"),
                        RequestBody.fromFile(PROJECT.resolve("samples/8k_hecla-mining_2000-11-28_seed.txt")));
            }
            JsonNode seed = new ObjectMapper().readTree(awaitFiling(announced.get("API"), SEED_ID));
            assertThat(seed.path("company").path("name").asText()).isEqualTo("Hecla Mining Company");
            assertThat(seed.path("items").findValuesAsText("code")).containsExactly("5", "7");
            assertThat(seed.path("items").findValuesAsText("normalizedCode")).containsExactly("8.01", "9.01");
            assertThat(seed.path("exhibits").findValuesAsText("number")).contains("10.1", "99.1");
            assertThat(seed.path("signatures").findValuesAsText("name")).contains("Michael B. White");
        } finally {
            // SIGTERM through the handle: Process.destroy() would also close our end of its output.
            local.toHandle().destroy();
            boolean exited = local.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                local.descendants().forEach(ProcessHandle::destroyForcibly);
                local.destroyForcibly();
            }
            outputReader.join(TimeUnit.SECONDS.toMillis(10)); // the last lines, up to end of output
            assertThat(exited).as("bin/local exits on SIGTERM; it printed:%n%s", String.join("\n", transcript)).isTrue();
        }
        for (ProcessHandle process : started) {
            assertThat(process.onExit().get(10, TimeUnit.SECONDS).isAlive())
                    .as("%s (%s) was left running", process.pid(), process.info().commandLine().orElse("?")).isFalse();
        }
        assertThat(transcript).anyMatch(line -> line.contains(" stopped"));
    }

    /** Killed without a chance to stop anything, bin/local still leaves no function process behind. */
    @Test
    void functionEnvironmentsEndWhenBinLocalIsKilled() throws Exception {
        requireOrSkip(LocalTestFiles.functionPackagesBuilt(),
                "the function packages or infra/local's jar are not built (./mvnw package)");
        requireOrSkip(emulatorAvailable(), "no AWS API emulator: set AWS_ENDPOINT_URL or put moto_server on PATH");
        Process local = startBinLocal(freePort());
        awaitAnnouncement(local);
        List<ProcessHandle> started = local.descendants().toList();
        List<ProcessHandle> functions = started.stream().filter(BinLocalIT::isFunctionRuntime).toList();
        assertThat(functions).hasSize(2);

        local.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook runs
        local.waitFor(30, TimeUnit.SECONDS);
        try {
            for (ProcessHandle function : functions) {
                assertThat(function.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
            }
        } finally {
            // What only a shutdown hook could have stopped (moto_server) is the test's to clean up.
            started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    private Process startBinLocal(int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(PROJECT.resolve("bin/local").toString(), "--port", Integer.toString(port),
                "--no-samples", "--stack-name", "bin-local-it-" + UUID.randomUUID().toString().substring(0, 8))
                .redirectErrorStream(true);
        // Run what the build made; a nested Maven build inside a Maven run would race the outer one.
        builder.environment().put("EDGAR_LOCAL_NO_BUILD", "1");
        Process process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    transcript.add(line);
                    lines.add(line);
                }
            } catch (IOException closed) {
                // The process ended; the transcript holds what it printed.
            }
        }, "bin-local-output");
        reader.setDaemon(true);
        reader.start();
        outputReader = reader;
        return process;
    }

    /** The "S3 endpoint: ", "Bucket: " and "API: " lines bin/local prints once everything runs. */
    private Map<String, String> awaitAnnouncement(Process local) throws InterruptedException {
        String endpoint = value(awaitLine(line -> line.startsWith("S3 endpoint: "), START_LIMIT));
        String bucket = value(awaitLine(line -> line.startsWith("Bucket: "), Duration.ofSeconds(5)));
        String api = value(awaitLine(line -> line.startsWith("API: "), Duration.ofSeconds(5)));
        String dashboard = value(awaitLine(line -> line.startsWith("Dashboard: "), Duration.ofSeconds(5)));
        assertThat(local.isAlive()).isTrue();
        return Map.of("S3 endpoint", endpoint, "Bucket", bucket, "API", api, "Dashboard", dashboard);
    }

    private String awaitLine(Predicate<String> wanted, Duration limit) throws InterruptedException {
        Optional<String> seen = transcript.stream().filter(wanted).findFirst();
        if (seen.isPresent()) {
            return seen.get();
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return line;
            }
            if (line == null && !outputReader.isAlive()) {
                throw new AssertionError("bin/local ended without printing the expected line; it printed:\n"
                        + String.join("\n", transcript));
            }
        }
        throw new AssertionError("bin/local did not print the expected line within " + limit.toSeconds()
                + " s; it printed:\n" + String.join("\n", transcript));
    }

    /** Polls GET /filings/{id} until it answers 200, as a user waiting for an upload would. */
    private String awaitFiling(String api, String id) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/filings/" + id)).timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        HttpResponse<String> response = null;
        while (System.nanoTime() < deadline) {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("GET /filings/" + id + " never answered 200; last: "
                + (response == null ? "none" : response.statusCode() + " " + response.body())
                + "\nbin/local printed:\n" + String.join("\n", transcript));
    }

    private static String value(String line) {
        return line.substring(line.indexOf(": ") + 2).strip();
    }

    private static boolean isFunctionRuntime(ProcessHandle process) {
        return process.info().commandLine().orElse("").contains(JavaRuntime.MAIN_CLASS);
    }

    /** A real 8-K with an SEC header (so its id is its accession number), the smallest the corpus lists. */
    private static Path smallest8kWithSecHeader() throws IOException {
        List<Path> candidates = new ArrayList<>();
        try (Stream<String> manifest = Files.lines(CORPUS.resolve("MANIFEST.tsv"))) {
            manifest.skip(1).map(line -> line.split("\t")).filter(f -> f.length > 6)
                    .filter(f -> f[3].equals("8-K") && f[6].equals("yes"))
                    .map(f -> CORPUS.resolve(f[0])).filter(Files::isRegularFile).forEach(candidates::add);
        }
        return candidates.stream().min(Comparator.comparingLong(BinLocalIT::size))
                .orElseThrow(() -> new AssertionError("the corpus lists no 8-K with an SEC header"));
    }

    private static String accessionOf(Path filing) throws IOException {
        Matcher matcher = ACCESSION.matcher(Files.readString(filing, StandardCharsets.ISO_8859_1));
        if (!matcher.find()) {
            throw new AssertionError(filing + " has no ACCESSION NUMBER line");
        }
        return matcher.group(1);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            return Long.MAX_VALUE;
        }
    }

    private static S3Client s3(String endpoint) {
        return S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static boolean emulatorAvailable() {
        if (!System.getenv().getOrDefault("AWS_ENDPOINT_URL", "").isBlank()) {
            return true;
        }
        String path = System.getenv().getOrDefault("PATH", "") + ":" + System.getProperty("user.home") + "/.pyenv/shims";
        return Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "moto_server")))
                || Files.exists(Path.of("/var/run/docker.sock"));
    }

    private static void requireOrSkip(boolean condition, String reason) {
        LocalTestFiles.requireOrSkip(condition, reason);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
