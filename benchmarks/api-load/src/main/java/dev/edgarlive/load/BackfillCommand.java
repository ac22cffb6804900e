package dev.edgarlive.load;

import dev.edgarlive.emulator.EventQueue;
import dev.edgarlive.emulator.SamTemplate;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.local.IngestOutcomes;
import dev.edgarlive.local.LocalStack;
import dev.edgarlive.local.OlderParserVersion;
import dev.edgarlive.local.ReprocessCommand;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;
import dev.edgarlive.store.FailureRecord;
import dev.edgarlive.store.FilingId;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.SourceObject;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

/**
 * bin/backfill: history loaded in bulk on the local stack, measured. Two phases, each on a fresh stack (moto
 * started anew), so each starts from an empty table:
 * <ol>
 *   <li><b>burst</b>: the whole corpus uploaded {@code --copies} times under different keys at once (from
 *       {@code --clients} threads, in shuffled order): filings per second, upload-to-committed p50/p99 for every key
 *       (the ingest line is written once the filing's transaction committed, when the API serves it), and
 *       upload-to-served for a sample of keys polled through the API;</li>
 *   <li><b>archive</b>: the same corpus as one .tar.gz under archives/: unpack time, members per second, and
 *       archive-upload-to-committed p50/p99 per member;</li>
 *   <li><b>reprocess</b>: the corpus stored once, then a parser version change (every stored row marked as made by
 *       the previous parser, {@link OlderParserVersion}), then bin/reprocess with its default selection: filings
 *       re-parsed per second, and that the API answers the new parser version for every filing.</li>
 * </ol>
 * After each: every key must have an answer (stored, or a failure whose record the store lists), the queues and the
 * dead-letter queue empty: nothing lost. Then the DynamoDB cost of a filing, counted in-process by RequestCounter.
 */
@Command(name = "bin/backfill", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Loads the shared corpus in bulk through the local stack (a burst of copies, then one archive) "
                + "and prints filings per second, upload-to-queryable p50/p99, what became of every key, and the "
                + "DynamoDB cost of a filing."})
public final class BackfillCommand implements Callable<Integer> {

    @Option(names = "--copies", defaultValue = "3", description = "Copies of the corpus uploaded at once (default ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--clients", defaultValue = "8", description = "Upload threads (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--sample", defaultValue = "40", description = "Keys whose filing is polled through the API from upload until served (default ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--max-environments", defaultValue = "2", description = "Execution environments per function (default ${DEFAULT-VALUE}, as bin/local).")
    int maxEnvironments;

    @Option(names = "--phases", defaultValue = "burst,archive,reprocess,cost", split = ",", description = "Which phases to run: burst, archive, reprocess, cost (default ${DEFAULT-VALUE}).")
    List<String> phases;

    @Option(names = "--corpus-dir", description = "The shared corpus (holding files/); default EDGAR_CORPUS_DIR, else ../shared/corpus beside the project.")
    Path corpusDir;

    @Option(names = "--project-dir", defaultValue = ".", description = "The project's root, holding template.yaml.")
    Path projectDir;

    @Option(names = "--minutes", defaultValue = "60", description = "Give up waiting for a phase after this long (default ${DEFAULT-VALUE}).")
    int minutes;

    private final PrintStream out;
    private final PrintStream progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BackfillCommand(PrintStream out, PrintStream progress) {
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        System.exit(new CommandLine(new BackfillCommand(System.out, System.err)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path template = projectDir.resolve(SamTemplate.FILE_NAME).toAbsolutePath().normalize();
        LoadCorpus corpus = LoadCorpus.select(LoadCorpus.directory(corpusDir, projectDir), Long.MAX_VALUE);
        Map<Path, String> ids = expectedIds(corpus.files());
        out.printf("bin/backfill: %s; load average %s; %d execution environments per function%n", corpus.describe(),
                loadAverage(), maxEnvironments);
        boolean allGood = true;
        if (phases.contains("burst")) {
            allGood &= burst(template, corpus, ids);
        }
        if (phases.contains("archive")) {
            allGood &= archive(template, corpus, ids);
        }
        if (phases.contains("reprocess")) {
            allGood &= reprocess(template, corpus);
        }
        if (phases.contains("cost")) {
            cost(template, corpus);
        }
        return allGood ? 0 : 1;
    }

    /** The corpus uploaded {@code copies} times at once, in shuffled order. */
    private boolean burst(Path template, LoadCorpus corpus, Map<Path, String> ids) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Upload> uploads = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            for (Path file : corpus.files()) {
                uploads.add(new Upload("filings/backfill/" + run + "/copy-" + copy + "/" + file.getFileName(), file,
                        ids.get(file)));
            }
        }
        Collections.shuffle(uploads, new Random(11));
        IngestOutcomes outcomes = new IngestOutcomes(line -> { });
        try (LocalStack stack = start(template, "edgar-live-backfill-burst", outcomes)) {
            Map<String, Instant> startedAt = new ConcurrentHashMap<>();
            Set<String> sampled = pick(uploads, sample);
            Map<String, Long> served = new ConcurrentHashMap<>();
            Instant begin = Instant.now();
            ExecutorService threads = Executors.newFixedThreadPool(clients + sampled.size());
            List<Future<?>> work = new ArrayList<>();
            try (S3Client s3 = stack.emulator().s3()) {
                for (Upload upload : uploads) {
                    work.add(threads.submit(() -> {
                        boolean watch = sampled.contains(upload.key()) && upload.id() != null
                                && status(stack, upload.id()) == 404;
                        Instant at = Instant.now();
                        startedAt.put(upload.key(), at);
                        s3.putObject(put -> put.bucket(stack.bucket()).key(upload.key()), RequestBody.fromFile(upload.file()));
                        if (watch) {
                            served.put(upload.key(), pollUntilServed(stack, upload.id(), at));
                        }
                        return null;
                    }));
                }
                for (Future<?> done : work) {
                    done.get();
                }
            } finally {
                threads.shutdown();
            }
            Instant uploaded = Instant.now();
            Set<String> keys = new HashSet<>(startedAt.keySet());
            boolean answered = outcomes.awaitAll(keys, Duration.ofMinutes(minutes), progress::println);
            Instant end = latest(outcomes.answeredAt(), keys);
            out.printf("%nburst: %d uploads (%d copies of %d files) from %d threads, uploaded in %.1f s%n",
                    keys.size(), copies, corpus.files().size(), clients, seconds(begin, uploaded));
            report("burst", stack, outcomes, keys, startedAt, begin, end, served, answered);
            return answered && nothingLost(stack, outcomes, keys);
        }
    }

    /** The corpus as one tar.gz under archives/. */
    private boolean archive(Path template, LoadCorpus corpus, Map<Path, String> ids) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String archiveKey = "archives/backfill-" + run + ".tar.gz";
        byte[] archive = tarGz(corpus.files());
        Set<String> keys = new HashSet<>();
        Map<String, String> idByKey = new HashMap<>();
        for (Path file : corpus.files()) {
            String key = "filings/archives/backfill-" + run + ".tar.gz/" + file.getFileName();
            keys.add(key);
            idByKey.put(key, ids.get(file));
        }
        IngestOutcomes outcomes = new IngestOutcomes(line -> { });
        Map<String, Instant> archiveLines = new ConcurrentHashMap<>();
        try (LocalStack stack = start(template, "edgar-live-backfill-archive", line -> {
            outcomes.accept(line);
            if (line.startsWith("UNPACKED") || line.startsWith("CONTINUES") || line.startsWith("FAILED    key=archives/")) {
                archiveLines.put(line.split(" ")[0], Instant.now());
            }
        })) {
            Set<String> sampled = pick(new ArrayList<>(idByKey.keySet()).stream()
                    .map(key -> new Upload(key, null, idByKey.get(key))).toList(), sample);
            Instant begin = Instant.now();
            try (S3Client s3 = stack.emulator().s3()) {
                s3.putObject(put -> put.bucket(stack.bucket()).key(archiveKey), RequestBody.fromBytes(archive));
            }
            Map<String, Long> served = new ConcurrentHashMap<>();
            ExecutorService pollers = Executors.newFixedThreadPool(Math.max(1, sampled.size()));
            for (String key : sampled) {
                if (idByKey.get(key) != null) {
                    pollers.submit(() -> served.put(key, pollUntilServed(stack, idByKey.get(key), begin)));
                }
            }
            Map<String, Instant> startedAt = new HashMap<>();
            keys.forEach(key -> startedAt.put(key, begin));
            boolean answered = outcomes.awaitAll(keys, Duration.ofMinutes(minutes), progress::println);
            pollers.shutdown();
            pollers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            Instant end = latest(outcomes.answeredAt(), keys);
            out.printf("%narchive: %s, %,d bytes (%d members, %,d bytes expanded); unpacked in %s%n", archiveKey,
                    archive.length, corpus.files().size(), corpus.totalBytes(),
                    archiveLines.containsKey("UNPACKED") ? String.format(Locale.ROOT, "%.1f s",
                            seconds(begin, archiveLines.get("UNPACKED"))) : "(no UNPACKED line: " + archiveLines.keySet() + ")");
            report("archive", stack, outcomes, keys, startedAt, begin, end, served, answered);
            return answered && archiveLines.containsKey("UNPACKED") && nothingLost(stack, outcomes, keys);
        }
    }

    private void report(String phase, LocalStack stack, IngestOutcomes outcomes, Set<String> keys,
                        Map<String, Instant> startedAt, Instant begin, Instant end, Map<String, Long> served,
                        boolean answered) {
        List<Long> committed = new ArrayList<>();
        outcomes.answeredAt().forEach((key, at) -> {
            if (keys.contains(key) && startedAt.containsKey(key)) {
                committed.add(Duration.between(startedAt.get(key), at).toMillis());
            }
        });
        Collections.sort(committed);
        Map<String, Integer> byOutcome = new TreeMap<>();
        outcomes.outcomes().forEach((key, outcome) -> {
            if (keys.contains(key)) {
                byOutcome.merge(outcome, 1, Integer::sum);
            }
        });
        double seconds = seconds(begin, end);
        out.printf("%s: %d of %d keys answered in %.1f s: %.1f filings/s; outcomes %s%n", phase,
                committed.size(), keys.size(), seconds, committed.size() / Math.max(seconds, 0.001), byOutcome);
        if (!committed.isEmpty()) {
            out.printf("%s: upload to committed (the ingest line; the API serves the filing from then): p50 %,d ms, "
                    + "p99 %,d ms, max %,d ms%n", phase, percentile(committed, 50), percentile(committed, 99),
                    committed.get(committed.size() - 1));
        }
        List<Long> polled = new ArrayList<>(served.values());
        polled.removeIf(ms -> ms < 0);
        Collections.sort(polled);
        if (!polled.isEmpty()) {
            out.printf("%s: upload to served, polled through the API for %d sampled keys: p50 %,d ms, p99 %,d ms%n",
                    phase, polled.size(), percentile(polled, 50), percentile(polled, 99));
        }
        out.printf("%s: %s%n", phase, answered ? "every key answered" : "NOT every key answered within the limit");
        out.println(phase + ": ingest function " + stack.function("IngestFunction")
                .map(f -> f.invocationTimes().size() + " invocations").orElse("?") + "; function logs "
                + stack.logDirectory());
        out.flush();
    }

    /** Every key stored or recorded as a failure the store lists; nothing left on a queue or dead. */
    private boolean nothingLost(LocalStack stack, IngestOutcomes outcomes, Set<String> keys) {
        Set<String> unanswered = new HashSet<>(keys);
        unanswered.removeAll(outcomes.answeredAt().keySet());
        Map<String, String> failed = new TreeMap<>();
        outcomes.outcomes().forEach((key, outcome) -> {
            if (keys.contains(key) && !outcome.equals("STORED") && !outcome.equals("UNCHANGED")
                    && !outcome.equals("REPLACED") && !outcome.equals("REPARSED")) {
                failed.put(key, outcome);
            }
        });
        Set<String> recorded = new HashSet<>();
        try (var counted = new CountedStore(stack.emulator(), stack.table(), stack.bucket(), 8)) {
            String cursor = null;
            do {
                var page = counted.store().failures(500, cursor);
                page.items().stream().map(FailureRecord::key).forEach(recorded::add);
                cursor = page.nextCursor().orElse(null);
            } while (cursor != null);
        }
        Set<String> unrecorded = new TreeSet<>(failed.keySet());
        unrecorded.removeAll(recorded);
        long queued = 0;
        long dead = 0;
        try (SqsClient sqs = stack.emulator().sqs()) {
            for (Map.Entry<String, EventQueue> queue : stack.queues().entrySet()) {
                long depth = depth(sqs, queue.getValue());
                if (queue.getKey().contains("DeadLetter")) {
                    dead += depth;
                } else {
                    queued += depth;
                }
            }
        }
        out.printf("nothing lost: %d unanswered, %d answered as failures (%d of them with no failure record), %d "
                        + "messages left on the queues, %d in the dead-letter queue%s%n", unanswered.size(),
                failed.size(), unrecorded.size(), queued, dead, failed.isEmpty() ? "" : "; failures: " + failed);
        return unanswered.isEmpty() && unrecorded.isEmpty() && queued == 0 && dead == 0;
    }

    /**
     * The corpus stored once (not measured), then made to look as the previous parser made it, then bin/reprocess
     * (selection older, the default) through the reprocess function and the ingest function: keys re-parsed per
     * second from the invocation to the last answer, every key answered again, every filing served with the new
     * parser version.
     */
    private boolean reprocess(Path template, LoadCorpus corpus) throws Exception {
        String prefix = "filings/backfill/" + UUID.randomUUID().toString().substring(0, 6) + "/";
        String stackName = "edgar-live-backfill-reprocess";
        java.util.concurrent.atomic.AtomicReference<IngestOutcomes> following =
                new java.util.concurrent.atomic.AtomicReference<>(new IngestOutcomes(line -> { }));
        IngestOutcomes stored = following.get();
        try (LocalStack stack = start(template, stackName, line -> following.get().accept(line))) {
            Set<String> keys = new HashSet<>();
            ExecutorService threads = Executors.newFixedThreadPool(clients);
            try (S3Client s3 = stack.emulator().s3()) {
                List<Future<?>> work = new ArrayList<>();
                for (Path file : corpus.files()) {
                    String key = prefix + file.getFileName();
                    keys.add(key);
                    work.add(threads.submit(() -> s3.putObject(put -> put.bucket(stack.bucket()).key(key),
                            RequestBody.fromFile(file))));
                }
                for (Future<?> done : work) {
                    done.get();
                }
            } finally {
                threads.shutdown();
            }
            if (!stored.awaitAll(keys, Duration.ofMinutes(minutes), progress::println)) {
                out.println("reprocess: the corpus was not stored within the limit");
                return false;
            }
            int marked = OlderParserVersion.markAllOlder(stack.emulator().dynamoDb(), stack.table(),
                    FilingParser.VERSION);
            out.printf("%nreprocess: %d keys stored; %d rows marked as made by parser version %d (this build's is %d)%n",
                    keys.size(), marked, FilingParser.VERSION - 1, FilingParser.VERSION);
            IngestOutcomes reparsed = new IngestOutcomes(line -> { });
            following.set(reparsed);
            Instant begin = Instant.now();
            int exit = new CommandLine(new ReprocessCommand(out)).execute("--stack-name", stackName, "--prefix", prefix,
                    "--wait", "PT" + minutes + "M");
            boolean answered = reparsed.awaitAll(keys, Duration.ofMinutes(1), progress::println);
            Instant end = latest(reparsed.answeredAt(), keys);
            Map<String, Integer> byOutcome = new TreeMap<>();
            reparsed.outcomes().forEach((key, outcome) -> {
                if (keys.contains(key)) {
                    byOutcome.merge(outcome, 1, Integer::sum);
                }
            });
            long answers = keys.stream().filter(reparsed.answeredAt()::containsKey).count();
            double seconds = seconds(begin, end);
            out.printf("reprocess: bin/reprocess exited %d; %d of %d keys answered again in %.1f s: %.1f filings/s; "
                    + "outcomes %s%n", exit, answers, keys.size(), seconds, answers / Math.max(seconds, 0.001), byOutcome);
            Set<String> ids = new TreeSet<>(stored.storedIds().values());
            Map<String, Integer> servedVersions = new TreeMap<>();
            List<String> notNew = new ArrayList<>();
            for (String id : ids) {
                int version = servedVersion(stack, id);
                servedVersions.merge(version == -1 ? "not served" : "version " + version, 1, Integer::sum);
                if (version != FilingParser.VERSION) {
                    notNew.add(id);
                }
            }
            out.printf("reprocess: the API answers, for the %d filings stored: %s%s%n", ids.size(), servedVersions,
                    notNew.isEmpty() ? " (every one the new version)" : "; NOT the new version: " + notNew);
            out.println("reprocess: ingest function " + stack.function("IngestFunction")
                    .map(f -> f.invocationTimes().size() + " invocations in all").orElse("?"));
            return exit == 0 && answered && notNew.isEmpty() && nothingLost(stack, reparsed, keys);
        }
    }

    /** The parserVersion GET /filings/{id} answers; -1 when it does not answer 200. */
    private int servedVersion(LocalStack stack, String id) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + stack.apiPort() + "/filings/" + id)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() != 200 ? -1
                    : new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("parserVersion")
                    .asInt(-1);
        } catch (IOException unreachable) {
            return -1;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** DynamoDB per filing: requests, on-demand units and bytes, counted in-process by the store's RequestCounter. */
    private void cost(Path template, LoadCorpus corpus) throws IOException {
        out.println();
        try (LocalStack stack = start(template, "edgar-live-backfill-cost", line -> { })) {
            IngestCost.Result result = new IngestCost(template, stack.emulator(), 8).measure(corpus.files(),
                    "filings/cost/", true);
            for (String outcome : result.byOutcome().keySet()) {
                out.printf(Locale.ROOT, "cost, %s (%d files): %.2f DynamoDB requests, %.2f write units, %.2f read "
                                + "units, %,.0f item bytes written, %,.0f request bytes, %.2f S3 requests per filing%n",
                        outcome, result.files(outcome), result.dynamoPerFiling(outcome), result.perFiling(outcome, 0),
                        result.perFiling(outcome, 1), result.perFiling(outcome, 2), result.perFiling(outcome, 3),
                        result.perFiling(outcome, 4));
            }
            out.println("cost: all calls " + result.operations());
        }
    }

    private LocalStack start(Path template, String stackName, java.util.function.Consumer<String> lines)
            throws IOException {
        return LocalStack.start(new LocalStack.Settings(template, stackName, 0, maxEnvironments,
                LocalStack.Settings.DEFAULT_RETRY_DELAY, Map.of(), 0), lines);
    }

    /** Milliseconds from {@code from} until GET /filings/{id} answers 200; -1 if it never does within the limit. */
    private long pollUntilServed(LocalStack stack, String id, Instant from) {
        long deadline = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (status(stack, id) == 200) {
                    return Duration.between(from, Instant.now()).toMillis();
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    private int status(LocalStack stack, String id) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + stack.apiPort() + "/filings/" + id))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            return -1;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The id the store gives each file's filing (accession number, else the hash of its bytes); null if none. */
    private static Map<Path, String> expectedIds(List<Path> files) throws IOException {
        FilingParser parser = new FilingParser();
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            ParseResult result = parser.parse(content);
            if (result.succeeded() && result.errors().isEmpty()) {
                Filing filing = result.filing().orElseThrow();
                ids.put(file, FilingId.of(filing, SourceObject.ofContent("b", "k", content, null, null)
                        .contentSha256()).value());
            }
        }
        return ids;
    }

    private static Set<String> pick(List<Upload> uploads, int count) {
        List<String> withIds = new ArrayList<>(uploads.stream().filter(u -> u.id() != null).map(Upload::key).toList());
        Collections.shuffle(withIds, new Random(7));
        return new HashSet<>(withIds.subList(0, Math.min(count, withIds.size())));
    }

    private static byte[] tarGz(List<Path> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path file : files) {
                TarArchiveEntry entry = new TarArchiveEntry(file.getFileName().toString());
                entry.setSize(Files.size(file));
                tar.putArchiveEntry(entry);
                Files.copy(file, tar);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static long depth(SqsClient sqs, EventQueue queue) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queue.url())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private static Instant latest(Map<String, Instant> answeredAt, Set<String> keys) {
        return answeredAt.entrySet().stream().filter(e -> keys.contains(e.getKey())).map(Map.Entry::getValue)
                .max(Instant::compareTo).orElse(Instant.now());
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }


    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private record Upload(String key, Path file, String id) {
    }
}
