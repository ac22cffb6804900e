package dev.edgarlive.local;

import dev.edgarlive.emulator.EmulatorUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * bin/local: runs the whole system on this machine until Ctrl-C or SIGTERM, then stops everything it started.
 * With {@code --measure N} it instead uploads N distinct filings one after another, prints how long each took to
 * become queryable through the API (p50, p99), and stops.
 */
@Command(name = "bin/local", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs EDGAR Live locally: an AWS API emulator provisioned from template.yaml, the built ingest "
                + "and query functions in local Lambda environments, S3 events delivered to ingest, the HTTP API on "
                + "localhost. Drop a filing into the bucket under filings/ and query it seconds later."})
public final class LocalCommand implements Callable<Integer> {

    static final String FILINGS_PREFIX = "filings/";
    private static final Duration QUIET_BEFORE_MEASURING = Duration.ofSeconds(2);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Option(names = "--port", defaultValue = "8080", description = "Port of the local HTTP API (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--no-samples", description = "Do not upload the sample filings of samples/ at start.")
    boolean noSamples;

    @Option(names = "--project-dir", defaultValue = ".", description = "The project's root, holding template.yaml and samples/ (default: the working directory).")
    Path projectDir;

    @Option(names = "--stack-name", defaultValue = "edgar-live-local", description = "Names the local stack's bucket, table and queues, as a CloudFormation stack name does (default ${DEFAULT-VALUE}).")
    String stackName;

    @Option(names = "--max-environments", paramLabel = "N", defaultValue = "2", description = "Most execution environments per function, as Lambda's concurrency (default ${DEFAULT-VALUE}); a queue's MaximumConcurrency from the template applies within it.")
    int maxEnvironments;

    @Option(names = "--lambda-port", defaultValue = "0", description = "Port of the local Lambda Invoke API (aws lambda invoke --endpoint-url; default any free port).")
    int lambdaPort;

    @Option(names = "--measure", paramLabel = "N", description = "Upload N distinct copies of the seed filing one by one and print upload-to-queryable p50/p99 and each function's first invocation against its warm ones; then the same with priming off (new environments), and stop.")
    Integer measure;

    private final PrintStream out;
    private final AtomicBoolean curlHintShown = new AtomicBoolean();
    private int apiPort;

    LocalCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(new CommandLine(new LocalCommand(System.out)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path template = projectDir.resolve("template.yaml").toAbsolutePath().normalize();
        LocalStack stack;
        try {
            stack = LocalStack.start(new LocalStack.Settings(template, stackName, port, maxEnvironments,
                    LocalStack.Settings.DEFAULT_RETRY_DELAY, java.util.Map.of(), lambdaPort), this::log);
        } catch (EmulatorUnavailableException | TemplateProblem | IOException cannotStart) {
            System.err.println("bin/local: " + cannotStart.getMessage());
            return 1;
        }
        apiPort = stack.apiPort();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack, stopped), "bin-local-shutdown"));
        stack.emulator().stopOnlyWhenClosed();  // the hook above stops it, after the pollers and functions
        announce(stack);

        if (!noSamples) {
            uploadSamples(stack);
        }
        if (measure != null) {
            Path seed = projectDir.resolve("samples").resolve(UploadToQueryLatency.SEED_FILE_NAME);
            UploadToQueryLatency latency = new UploadToQueryLatency(stack, Files.readAllBytes(seed), out);
            awaitQuiet(stack);
            latency.run(measure, " (primed, as deployed)");
            // The same run without priming: new environments of the same functions, as a new version would start.
            log("redeploying IngestFunction and QueryFunction with EDGAR_PRIMING=false, to compare");
            for (String function : List.of("IngestFunction", "QueryFunction")) {
                stack.redeploy(function, spec -> spec.withEnvironment("EDGAR_PRIMING", "false"));
            }
            awaitQuiet(stack);
            latency.run(measure, " (priming off)");
            return 0;
        }
        stopped.await();
        return 0;
    }

    /**
     * Measures only once the stack is quiet: on this machine every function shares the same cores, and an
     * environment still starting (the archive function's first, started by the bucket's test event) would slow the
     * first invocation measured, which on Lambda would have a machine of its own.
     */
    private void awaitQuiet(LocalStack stack) throws InterruptedException {
        Optional<Duration> waited = stack.awaitQuiet(QUIET_BEFORE_MEASURING, Duration.ofMinutes(2));
        log(waited.map(time -> "stack quiet after " + time.toMillis() + " ms (no environment starting or busy, no"
                        + " message queued, for " + QUIET_BEFORE_MEASURING.toSeconds() + " s); measuring")
                .orElse("the stack did not become quiet within 2 minutes; measuring anyway, figures may be slowed"));
    }

    private void announce(LocalStack stack) {
        String endpoint = stack.s3Endpoint().toString();
        String api = "http://localhost:" + stack.apiPort();
        out.println("S3 endpoint: " + endpoint);
        out.println("Bucket: " + stack.bucket());
        out.println("API: " + api);
        out.println("Lambda API: " + stack.lambdaEndpoint());
        out.println("Dashboard: " + api + "/");
        out.println("Function logs: " + stack.logDirectory());
        out.println("Upload a filing (any AWS CLI; credentials test/test, region us-east-1):");
        out.println("  AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 aws --endpoint-url "
                + endpoint + " s3 cp FILE s3://" + stack.bucket() + "/" + FILINGS_PREFIX + "FILE");
        out.println("Then read it back with the id its ingest line shows, or open the dashboard in a browser:");
        out.println("  curl " + api + "/filings/ID");
        out.println("  " + api + "/#/filings/ID");
        out.println("Unpack an archive of filings (tar, tar.gz, zip, EDGAR's YYYYMMDD.nc.tar.gz) by uploading it under "
                + "archives/; re-parse what is stored with bin/reprocess.");
        out.println("Ingested filings are logged below, one line each. Ctrl-C stops everything.");
        out.flush();
    }

    private void uploadSamples(LocalStack stack) throws IOException {
        Path samples = projectDir.resolve("samples");
        if (!Files.isDirectory(samples)) {
            log("no samples/ directory in " + projectDir + "; nothing to load");
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(samples)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".")
                            && !file.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
        try (S3Client s3 = stack.emulator().s3()) {
            for (Path file : files) {
                String key = FILINGS_PREFIX + file.getFileName();
                s3.putObject(request -> request.bucket(stack.bucket()).key(key), RequestBody.fromFile(file));
            }
        }
        log("uploaded " + files.size() + " sample filing(s) from " + samples);
    }

    /** One timestamped line; after the first stored filing, a curl command that reads it back. */
    private synchronized void log(String line) {
        out.println(LocalTime.now().format(CLOCK) + " " + line);
        int id = line.indexOf(" id=");
        boolean stored = line.startsWith("STORED") || line.startsWith("REPLACED") || line.startsWith("UNCHANGED");
        if (stored && id > 0 && apiPort > 0 && curlHintShown.compareAndSet(false, true)) {
            String filingId = line.substring(id + 4).split(" ")[0];
            out.println("         try: curl http://localhost:" + apiPort + "/filings/" + filingId);
        }
        out.flush();
    }

    /**
     * bin/local prints its own lines; libraries' INFO logging (the emulator module's choice, which bin/local
     * prints itself, and SLF4J's notice that Testcontainers has no logger) would only interleave with them.
     */
    private static void quietLibraryLogging() {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    private void stop(LocalStack stack, CountDownLatch stopped) {
        log("stopping...");
        stack.close();
        log("stopped (the functions' logs stay in " + stack.logDirectory() + ")");
        stopped.countDown();
    }
}
