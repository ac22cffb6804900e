package dev.edgarlive.bench;

import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Passes of the parser over every corpus file before the JMH run: how many files of each format gave a
 * filing, an error record or an exception, which files were slowest, and MB/s by format both by the
 * clock and by this thread's CPU time (1 MB = 10^6 bytes). The CPU figure holds up on a shared machine where other
 * processes take the cores, but leaves out the collector's and the JIT's threads, so it flatters; JMH's wall-clock
 * figures, with their error bars, are the ones to quote on a quiet machine.
 */
public final class CorpusSurvey {

    private static final int SLOWEST_SHOWN = 8;
    /** Measured passes after the one that warms the JIT; -Dbench.survey.passes=N changes it. */
    private static final int MEASURED_PASSES = Integer.getInteger("bench.survey.passes", 2);

    private final Corpus corpus;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    CorpusSurvey(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The survey alone, without JMH: {@code java -cp benchmarks.jar dev.edgarlive.bench.CorpusSurvey}. */
    public static void main(String[] args) {
        new CorpusSurvey(Corpus.locate()).print(System.out);
    }

    void print(PrintStream out) {
        FilingParser parser = new FilingParser();
        survey(parser);
        List<List<Outcome>> passes = new ArrayList<>();
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            passes.add(survey(parser));
        }
        List<Outcome> outcomes = passes.get(passes.size() - 1);

        out.printf("%nCorpus survey: %d files, %.1f MB at %s; MB/s over %d passes after one warm-up%n",
                corpus.files().size(), corpus.bytes() / 1e6, corpus.dir(), MEASURED_PASSES);
        out.printf("%-36s %6s %8s %7s %7s %7s %10s %10s%n", "format", "files", "MB", "filing", "error", "thrown",
                "wall MB/s", "CPU MB/s");
        for (String format : corpus.formats()) {
            print(out, format, passes, outcomes.stream().filter(o -> o.file().format().equals(format)).toList());
        }
        print(out, "all", passes, outcomes);

        outcomes.stream().filter(o -> o.kind() != Kind.FILING).forEach(o ->
                out.printf("  %-7s %s (%s): %s%n", o.kind(), o.file().name(), o.file().format(), o.detail()));

        out.printf("Slowest files by CPU time (last pass, single shot):%n");
        outcomes.stream().sorted(Comparator.comparingLong(Outcome::cpuNanos).reversed()).limit(SLOWEST_SHOWN)
                .forEach(o -> out.printf("  %8.1f ms CPU %7.2f MB %8.1f MB/s  %s (%s)%n", o.cpuNanos() / 1e6,
                        o.file().size() / 1e6, o.file().size() / 1e6 / (o.cpuNanos() / 1e9), o.file().name(),
                        o.file().format()));
        out.println();
    }

    private static void print(PrintStream out, String format, List<List<Outcome>> passes, List<Outcome> last) {
        long bytes = last.stream().mapToLong(o -> o.file().size()).sum();
        long wall = 0;
        long cpu = 0;
        for (List<Outcome> pass : passes) {
            for (Outcome outcome : pass) {
                if (format.equals("all") || outcome.file().format().equals(format)) {
                    wall += outcome.nanos();
                    cpu += outcome.cpuNanos();
                }
            }
        }
        double megabytes = bytes / 1e6 * passes.size();
        out.printf("%-36s %6d %8.2f %7d %7d %7d %10.1f %10.1f%n", format, last.size(), bytes / 1e6,
                count(last, Kind.FILING), count(last, Kind.ERROR), count(last, Kind.THROWN),
                megabytes / (wall / 1e9), megabytes / (cpu / 1e9));
    }

    private static long count(List<Outcome> outcomes, Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    private List<Outcome> survey(FilingParser parser) {
        List<Outcome> outcomes = new ArrayList<>();
        for (CorpusFile file : corpus.files()) {
            outcomes.add(parse(parser, file));
        }
        return outcomes;
    }

    private Outcome parse(FilingParser parser, CorpusFile file) {
        byte[] content = file.read();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Kind kind;
        String detail;
        try {
            ParseResult result = parser.parse(content);
            kind = result.succeeded() ? Kind.FILING : Kind.ERROR;
            ParseIssue error = result.succeeded() ? null : result.errors().get(0);
            detail = error == null ? "" : error.code() + ": " + error.message();
        } catch (RuntimeException | StackOverflowError e) {
            // The parser must never throw; a survey that stopped here would hide every later finding.
            StackTraceElement[] stack = e.getStackTrace();
            kind = Kind.THROWN;
            detail = e + (stack.length == 0 ? "" : " at " + stack[0]);
        }
        return new Outcome(file, kind, System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart, detail);
    }

    private enum Kind { FILING, ERROR, THROWN }

    private record Outcome(CorpusFile file, Kind kind, long nanos, long cpuNanos, String detail) {
    }
}
