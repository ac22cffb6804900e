package dev.edgarlive.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * JMH's results as the figures the issue asks for: MB/s (10^6 bytes) per format for the parser and
 * the decode-only baseline, and overall. The overall figure is the corpus's bytes over the time a
 * pass of every format takes, that is, each format weighted by its bytes. With {@code -prof gc} it also
 * gives the bytes the parser allocates per input byte.
 */
final class ThroughputReport {

    private static final String PARSE = "parse";
    private static final String DECODE = "decodeOnly";
    private static final String BYTES_COUNTER = "bytes";
    /** Bytes allocated per operation, present when the run had {@code -prof gc}. */
    private static final String ALLOCATION_PER_OPERATION = "gc.alloc.rate.norm";

    private final Corpus corpus;
    private final Map<String, Map<String, Result<?>>> byFormat = new TreeMap<>();
    /** Bytes the parser allocates per input byte, by format; empty without {@code -prof gc}. */
    private final Map<String, Double> allocationPerInputByte = new TreeMap<>();

    ThroughputReport(Corpus corpus, Collection<RunResult> results) {
        this.corpus = corpus;
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String format = result.getParams().getParam("format");
            Result<?> bytesPerSecond = result.getSecondaryResults().get(BYTES_COUNTER);
            if (format != null && bytesPerSecond != null) {
                byFormat.computeIfAbsent(format, f -> new TreeMap<>()).put(method, bytesPerSecond);
                Result<?> allocated = result.getSecondaryResults().get(ALLOCATION_PER_OPERATION);
                if (PARSE.equals(method) && allocated != null) {
                    // One operation is one pass over the format's files: bytes/s over ops/s is its input size.
                    double inputBytes = bytesPerSecond.getScore() / result.getPrimaryResult().getScore();
                    allocationPerInputByte.put(format, allocated.getScore() / inputBytes);
                }
            }
        }
    }

    void print(PrintStream out) {
        out.printf("%nParser throughput, single thread, MB/s (1 MB = 10^6 bytes; +- is JMH's 99.9%% error)%n");
        out.printf("%-36s %6s %8s %18s %18s %8s %12s%n", "format", "files", "MB", "parse MB/s", "decode-only MB/s",
                "decode/parse", "alloc/byte");
        double totalBytes = 0;
        double parseSeconds = 0;
        double decodeSeconds = 0;
        for (Map.Entry<String, Map<String, Result<?>>> entry : byFormat.entrySet()) {
            String format = entry.getKey();
            Result<?> parse = entry.getValue().get(PARSE);
            Result<?> decode = entry.getValue().get(DECODE);
            double bytes = corpus.bytes(format);
            Double allocation = allocationPerInputByte.get(format);
            out.printf("%-36s %6d %8.2f %18s %18s %8s %12s%n", format, corpus.files(format).size(), bytes / 1e6,
                    megabytesPerSecond(parse), megabytesPerSecond(decode), ratio(decode, parse),
                    allocation == null ? "-" : String.format("%.1f B", allocation));
            if (parse != null && decode != null) {
                totalBytes += bytes;
                parseSeconds += bytes / parse.getScore();
                decodeSeconds += bytes / decode.getScore();
            }
        }
        if (totalBytes > 0) {
            out.printf("%-36s %6s %8.2f %18.1f %18.1f %8.1fx%n", "overall (bytes-weighted)", "", totalBytes / 1e6,
                    totalBytes / parseSeconds / 1e6, totalBytes / decodeSeconds / 1e6, parseSeconds / decodeSeconds);
        }
    }

    private static String megabytesPerSecond(Result<?> result) {
        if (result == null) {
            return "-";
        }
        double error = result.getScoreError();
        String errorText = Double.isNaN(error) ? "" : String.format(" +-%.1f", error / 1e6);
        return String.format("%.1f%s", result.getScore() / 1e6, errorText);
    }

    private static String ratio(Result<?> decode, Result<?> parse) {
        return decode == null || parse == null ? "-" : String.format("%.1fx", decode.getScore() / parse.getScore());
    }
}
