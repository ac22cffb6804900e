package dev.edgarlive.local;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Measures what a user waits for: from the start of an upload to the moment the API serves the filing. Each
 * upload is the seed filing with one line of its own appended, so that every upload is a new filing (the seed
 * has no accession number, and the store names such a filing after the SHA-256 of its bytes). Uploads go one at
 * a time, so the figure is latency, not queueing. Before the first upload the query function gets its first
 * request on its own, so that its first invocation measures the function, not the ingest function beside it.
 */
final class UploadToQueryLatency {

    static final String SEED_FILE_NAME = "8k_hecla-mining_2000-11-28_seed.txt";
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);
    private static final Duration POLL_EVERY = Duration.ofMillis(5);

    private final LocalStack stack;
    private final byte[] seed;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    UploadToQueryLatency(LocalStack stack, byte[] seed, PrintStream out) {
        this.stack = stack;
        this.seed = seed.clone();
        this.out = out;
    }

    /** Uploads {@code count} filings and prints each latency, then p50, p99, min and max. */
    List<Long> run(int count) throws IOException, InterruptedException {
        return run(count, "");
    }

    /**
     * The same, with {@code label} after the figures; then, for the ingest and query functions, their first
     * invocation against their warm ones (each function's own time, as Lambda reports Duration).
     */
    List<Long> run(int count, String label) throws IOException, InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Long> millis = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        // The query function's first request goes alone, for the first filing before its upload (a 404): on Lambda
        // it would not share the machine with the ingest function's first batch, as every poll of that upload does here.
        firstRequestAlone(contentId(variant(run, 1)), statuses);
        try (S3Client s3 = stack.emulator().s3()) {
            for (int i = 1; i <= count; i++) {
                byte[] filing = variant(run, i);
                String key = LocalCommand.FILINGS_PREFIX + "latency/" + run + "-" + i + ".txt";
                long started = System.nanoTime();
                s3.putObject(request -> request.bucket(stack.bucket()).key(key), RequestBody.fromBytes(filing));
                awaitQueryable(contentId(filing), key, statuses);
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        out.printf("upload-to-queryable over %d uploads%s: p50 %d ms, p99 %d ms (min %d, max %d; the first upload,"
                        + " the ingest function's first invocation, %d ms)%n", count, label, percentile(sorted, 50),
                percentile(sorted, 99), sorted.get(0), sorted.get(sorted.size() - 1), millis.get(0));
        for (String name : List.of("IngestFunction", "QueryFunction")) {
            stack.function(name).flatMap(function -> FirstInvocation.of(function.invocationTimes()))
                    .ifPresent(first -> out.printf("%s%s: %s%n", name, label, first));
        }
        stack.function("QueryFunction").flatMap(function -> SameAnswer.of(function.invocationTimes(), statuses))
                .ifPresent(same -> out.printf("QueryFunction%s: %s%n", label, same));
        out.flush();
        return millis;
    }

    /**
     * A function's first invocation (in its first environment) against its warm invocations' median.
     *
     * @param firstMs   the first invocation's time in the function
     * @param warmP50Ms the median of the invocations that were not an environment's first
     */
    record FirstInvocation(long firstMs, long warmP50Ms, int warm) {

        static java.util.Optional<FirstInvocation> of(List<LambdaFunction.InvocationTime> times) {
            java.util.Optional<LambdaFunction.InvocationTime> first = times.stream()
                    .filter(t -> t.first() && t.environment() == times.stream()
                            .mapToInt(LambdaFunction.InvocationTime::environment).min().orElse(0))
                    .findFirst();
            List<Long> warm = times.stream().filter(t -> !t.first()).map(t -> t.duration().toMillis()).sorted().toList();
            if (first.isEmpty() || warm.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new FirstInvocation(first.get().duration().toMillis(), percentile(warm, 50),
                    warm.size()));
        }

        double ratio() {
            return warmP50Ms == 0 ? Double.POSITIVE_INFINITY : (double) firstMs / warmP50Ms;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "first invocation %d ms, warm p50 %d ms over %d (%.1fx)",
                    firstMs, warmP50Ms, warm, ratio());
        }
    }

    /**
     * The query function's first invocation against its warm invocations that gave the same answer: a first poll
     * answered 404 against the 404 polls, a first answered 200 (the filing already stored) against the 200s, which
     * do several times the work. The polls go one at a time and nothing else calls the API while measuring, so the
     * function's invocations are the probe's requests, in order; when their counts differ there is no comparison.
     *
     * @param status the HTTP status the first invocation answered
     */
    record SameAnswer(int status, long firstMs, long warmP50Ms, int warm) {

        static java.util.Optional<SameAnswer> of(List<LambdaFunction.InvocationTime> times, List<Integer> statuses) {
            if (times.isEmpty() || times.size() != statuses.size() || !times.get(0).first()) {
                return java.util.Optional.empty();
            }
            int status = statuses.get(0);
            List<Long> warm = new ArrayList<>();
            for (int i = 1; i < times.size(); i++) {
                if (!times.get(i).first() && statuses.get(i) == status) {
                    warm.add(times.get(i).duration().toMillis());
                }
            }
            if (warm.isEmpty()) {
                return java.util.Optional.empty();
            }
            Collections.sort(warm);
            return java.util.Optional.of(new SameAnswer(status, times.get(0).duration().toMillis(),
                    percentile(warm, 50), warm.size()));
        }

        double ratio() {
            return warmP50Ms == 0 ? Double.POSITIVE_INFINITY : (double) firstMs / warmP50Ms;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "first invocation %d ms answered %d; the warm ones that"
                    + " answered %d: p50 %d ms over %d (%.1fx)", firstMs, status, status, warmP50Ms, warm, ratio());
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private byte[] variant(String run, int i) {
        String line = "\n[latency probe " + run + " #" + i + "]\n";
        byte[] suffix = line.getBytes(StandardCharsets.US_ASCII);
        byte[] filing = new byte[seed.length + suffix.length];
        System.arraycopy(seed, 0, filing, 0, seed.length);
        System.arraycopy(suffix, 0, filing, seed.length, suffix.length);
        return filing;
    }

    /** One request for a filing not uploaded yet; its status goes to {@code statuses}. */
    private void firstRequestAlone(String id, List<Integer> statuses) throws IOException, InterruptedException {
        statuses.add(http.send(filingRequest(id), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    /** Polls the API until it serves the filing; each answer's status goes to {@code statuses}, in order. */
    private void awaitQueryable(String id, String key, List<Integer> statuses) throws IOException, InterruptedException {
        HttpRequest request = filingRequest(id);
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() < deadline) {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            statuses.add(status);
            if (status == 200) {
                return;
            }
            Thread.sleep(POLL_EVERY.toMillis());
        }
        throw new IOException(key + " was not served as /filings/" + id + " within " + GIVE_UP_AFTER.toSeconds()
                + " s; see the ingest line for it and " + stack.logDirectory());
    }

    private HttpRequest filingRequest(String id) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + stack.apiPort() + "/filings/" + id))
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    /** The id the store gives a filing without an accession number: sha256- and 32 hex digits of its bytes. */
    static String contentId(byte[] filing) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(filing);
            return "sha256-" + HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
