package dev.edgarlive.bench;

import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One quick pass of the parser over every corpus file before the measured run: how many files of
 * each format gave a filing, an error record or an exception, and which files were slowest. It is a
 * survey, not a measurement: JMH's figures are the ones to quote.
 */
final class CorpusSurvey {

    private static final int SLOWEST_SHOWN = 8;

    private final Corpus corpus;

    CorpusSurvey(Corpus corpus) {
        this.corpus = corpus;
    }

    void print(PrintStream out) {
        FilingParser parser = new FilingParser();
        // The first pass warms the JIT; the second pass's timings are the ones shown.
        survey(parser);
        List<Outcome> outcomes = survey(parser);

        out.printf("%nCorpus survey: %d files, %.1f MB at %s%n", corpus.files().size(), corpus.bytes() / 1e6, corpus.dir());
        out.printf("%-36s %6s %8s %8s %8s %8s%n", "format", "files", "MB", "filing", "error", "thrown");
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String format : corpus.formats()) {
            counts.put(format, new int[3]);
        }
        for (Outcome outcome : outcomes) {
            counts.get(outcome.file().format())[outcome.kind().ordinal()]++;
        }
        counts.forEach((format, count) -> out.printf("%-36s %6d %8.2f %8d %8d %8d%n", format,
                corpus.files(format).size(), corpus.bytes(format) / 1e6, count[0], count[1], count[2]));

        outcomes.stream().filter(o -> o.kind() != Kind.FILING).forEach(o ->
                out.printf("  %-7s %s (%s): %s%n", o.kind(), o.file().name(), o.file().format(), o.detail()));

        out.printf("Slowest files (second pass, single shot):%n");
        outcomes.stream().sorted(Comparator.comparingLong(Outcome::nanos).reversed()).limit(SLOWEST_SHOWN)
                .forEach(o -> out.printf("  %8.1f ms %7.2f MB %8.1f MB/s  %s (%s)%n", o.nanos() / 1e6,
                        o.file().size() / 1e6, o.file().size() / 1e6 / (o.nanos() / 1e9), o.file().name(),
                        o.file().format()));
        out.println();
    }

    private List<Outcome> survey(FilingParser parser) {
        List<Outcome> outcomes = new ArrayList<>();
        for (CorpusFile file : corpus.files()) {
            outcomes.add(parse(parser, file));
        }
        return outcomes;
    }

    private static Outcome parse(FilingParser parser, CorpusFile file) {
        byte[] content = file.read();
        long start = System.nanoTime();
        try {
            ParseResult result = parser.parse(content);
            long nanos = System.nanoTime() - start;
            if (result.succeeded()) {
                return new Outcome(file, Kind.FILING, nanos, "");
            }
            ParseIssue error = result.errors().get(0);
            return new Outcome(file, Kind.ERROR, nanos, error.code() + ": " + error.message());
        } catch (RuntimeException | StackOverflowError e) {
            // The parser must never throw; a survey that stopped here would hide every later finding.
            StackTraceElement[] stack = e.getStackTrace();
            return new Outcome(file, Kind.THROWN, System.nanoTime() - start,
                    e + (stack.length == 0 ? "" : " at " + stack[0]));
        }
    }

    private enum Kind { FILING, ERROR, THROWN }

    private record Outcome(CorpusFile file, Kind kind, long nanos, String detail) {
    }
}
