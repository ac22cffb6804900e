package dev.edgarlive.load;

import dev.edgarlive.emulator.EmulatorUnavailableException;
import dev.edgarlive.emulator.SamTemplate;
import dev.edgarlive.local.IngestOutcomes;
import dev.edgarlive.local.LocalStack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * bin/load: the local stack under a bounded load. Starts it in-process (infra/local's {@link LocalStack}: the
 * built functions, the local API gateway, the emulator), uploads corpus filings and waits until the ingest
 * function has answered for each, then drives every endpoint of the API and the bare store calls behind it over
 * the same targets, and prints one table. Loopback only; every series is bounded in calls and in time.
 */
@Command(name = "bin/load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingests corpus filings through the local stack, then measures each API endpoint beside the "
                + "bare DynamoDB/S3 calls it makes: p50, p99, throughput, errors, the API's overhead, and "
                + "DynamoDB requests per API call and per ingested filing."})
public final class ApiLoadCommand implements Callable<Integer> {

    /** The prefix the template routes to the ingest function. */
    private static final String FILINGS_PREFIX = "filings/";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Option(names = "--corpus", defaultValue = "small", description = "small: corpus files under --max-file-kb "
            + "(default); full: every file (a few minutes of ingest on moto).")
    String corpus;

    @Option(names = "--max-file-kb", defaultValue = "300", description = "With --corpus small, leave out files of this size or more (default ${DEFAULT-VALUE}).")
    long maxFileKb;

    @Option(names = "--corpus-dir", description = "The shared corpus (holding files/); default EDGAR_CORPUS_DIR, else ../shared/corpus beside the project.")
    Path corpusDir;

    @Option(names = "--project-dir", defaultValue = ".", description = "The project's root, holding template.yaml.")
    Path projectDir;

    @Option(names = "--requests", defaultValue = "200", description = "Requests per endpoint and series (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients of the throughput series (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--warmup", defaultValue = "20", description = "Unrecorded requests per endpoint first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--series-seconds", defaultValue = "120", description = "No request of a series starts after this many seconds (default ${DEFAULT-VALUE}).")
    int seriesSeconds;

    @Option(names = "--ingest-minutes", defaultValue = "30", description = "Give up waiting for ingest after this long (default ${DEFAULT-VALUE}).")
    int ingestMinutes;

    @Option(names = "--stack-name", defaultValue = "edgar-live-load", description = "Names the stack's resources (default ${DEFAULT-VALUE}).")
    String stackName;

    private final PrintStream out;
    private final PrintStream progress;

    ApiLoadCommand(PrintStream out, PrintStream progress) {
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        System.exit(new CommandLine(new ApiLoadCommand(System.out, System.err)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!corpus.equals("small") && !corpus.equals("full")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--corpus is small or full, was " + corpus);
        }
        Path template = projectDir.resolve(SamTemplate.FILE_NAME).toAbsolutePath().normalize();
        LoadCorpus files = LoadCorpus.select(LoadCorpus.directory(corpusDir, projectDir),
                corpus.equals("full") ? Long.MAX_VALUE : maxFileKb * 1024);
        say("load average at start: " + loadAverage() + "; " + files.describe());

        IngestOutcomes watch = new IngestOutcomes(this::say);
        LocalStack stack;
        try {
            stack = LocalStack.start(new LocalStack.Settings(template, stackName, 0), watch);
        } catch (EmulatorUnavailableException cannotStart) {
            progress.println("bin/load: " + cannotStart.getMessage());
            return 1;
        }
        AtomicBoolean closed = new AtomicBoolean();
        Runnable stop = () -> {
            if (closed.compareAndSet(false, true)) {
                stack.close();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "bin-load-shutdown"));
        stack.emulator().stopOnlyWhenClosed();  // the hook above stops it, after the pollers and functions
        try {
            return run(stack, template, files, watch);
        } finally {
            stop.run();
        }
    }

    private int run(LocalStack stack, Path template, LoadCorpus files, IngestOutcomes watch)
            throws IOException, InterruptedException {
        int formShards = formShards(template);
        String keyPrefix = FILINGS_PREFIX + "load/";
        say("stack up: API http://localhost:" + stack.apiPort() + ", table " + stack.table() + ", function logs "
                + stack.logDirectory());

        // Counted in-process on a table of its own while the function ingests into the stack's.
        IngestCost ingestCost = new IngestCost(template, stack.emulator(), formShards);
        CompletableFuture<IngestCost.Result> counting = CompletableFuture.supplyAsync(() -> {
            try {
                return ingestCost.measure(files.files(), keyPrefix);
            } catch (IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        });

        Set<String> keys = upload(stack, files, keyPrefix);
        long ingestStarted = System.nanoTime();
        if (!watch.awaitAll(keys, Duration.ofMinutes(ingestMinutes), this::say)) {
            say("ingest did not answer for every upload within " + ingestMinutes + " min; measuring what is stored");
        }
        long ingestSeconds = (System.nanoTime() - ingestStarted) / 1_000_000_000;
        say("ingest answered for " + keys.size() + " uploads in " + ingestSeconds + " s; " + watch.storedIds().size()
                + " stored; waiting for the in-process count...");
        IngestCost.Result cost = counting.join();

        try (CountedStore store = new CountedStore(stack.emulator(), stack.table(), stack.bucket(), formShards)) {
            LoadTargets targets = LoadTargets.of(store.store(), watch.storedIds().values());
            say("targets: " + targets.describe());
            EndpointBench bench = new EndpointBench(URI.create("http://localhost:" + stack.apiPort()), store,
                    new QueryFunctionLog(stack.logDirectory().resolve("QueryFunction.log")), warmup, clients,
                    Duration.ofSeconds(seriesSeconds));
            List<EndpointResult> results = new ArrayList<>();
            for (Endpoint endpoint : Endpoints.all(targets, store.store(), requests, 20_240_101L)) {
                if (endpoint.probes().isEmpty()) {
                    say(endpoint.name() + ": nothing uploaded to ask for; skipped");
                    continue;
                }
                say("measuring " + endpoint.name() + " (" + endpoint.probes().size() + " requests per series)");
                results.add(bench.measure(endpoint));
            }
            printReport(files, watch, cost, ingestSeconds, results);
        }
        return 0;
    }

    private Set<String> upload(LocalStack stack, LoadCorpus files, String keyPrefix) {
        Set<String> keys = new LinkedHashSet<>();
        try (S3Client s3 = stack.emulator().s3()) {
            for (Path file : files.files()) {
                String key = keyPrefix + file.getFileName();
                s3.putObject(request -> request.bucket(stack.bucket()).key(key), RequestBody.fromFile(file));
                keys.add(key);
            }
        }
        say("uploaded " + keys.size() + " files under s3://" + stack.bucket() + "/" + keyPrefix);
        return keys;
    }

    private void printReport(LoadCorpus files, IngestOutcomes watch, IngestCost.Result cost, long ingestSeconds,
                             List<EndpointResult> results) {
        out.println();
        out.println("## bin/load: " + files.describe());
        out.println();
        out.println("Ingest: " + files.files().size() + " uploads answered in " + ingestSeconds + " s, "
                + watch.storedIds().size() + " stored by the ingest function.");
        out.println("DynamoDB requests per ingested filing (the same files saved in-process through FilingStore on "
                + "table " + cost.table() + ", counted by RequestCounter): "
                + String.format(Locale.ROOT, "%.2f per new filing (%d filings)", cost.dynamoPerFiling("CREATED"),
                cost.files("CREATED"))
                + otherOutcomes(cost) + "; all calls: " + cost.operations());
        out.println();
        out.print(LoadReport.table(results));
        String errors = LoadReport.errors(results);
        if (!errors.isEmpty()) {
            out.println();
            out.print("First error per endpoint:\n" + errors);
        }
        out.println();
        out.println("Latency: one client, " + requests + " requests per endpoint after " + warmup + " unrecorded;"
                + " throughput: " + clients + " clients, the same requests. Load average at the end: "
                + loadAverage() + ".");
        out.flush();
    }

    private static String otherOutcomes(IngestCost.Result cost) {
        StringBuilder others = new StringBuilder();
        for (String outcome : List.of("UNCHANGED", "REPLACED", "FAILED")) {
            if (cost.files(outcome) > 0) {
                others.append(String.format(Locale.ROOT, ", %.2f per %s (%d)", cost.dynamoPerFiling(outcome),
                        outcome.toLowerCase(Locale.ROOT), cost.files(outcome)));
            }
        }
        return others.toString();
    }


    /** The shard count the functions run with: the template's FormShards parameter default. */
    private static int formShards(Path template) {
        int shards = SamTemplate.load(template).tree().path("Parameters").path("FormShards").path("Default").asInt(0);
        if (shards < 1) {
            throw new IllegalStateException(template + " has no FormShards parameter with a default");
        }
        return shards;
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private synchronized void say(String line) {
        progress.println(LocalTime.now().format(CLOCK) + " " + line);
        progress.flush();
    }
}
