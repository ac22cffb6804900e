package dev.edgarlive.bench;

import dev.edgarlive.parser.FilingParser;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread parser throughput over the corpus, one format at a time, beside a baseline that only
 * decodes the same bytes. One operation is one pass over every file of the format; the {@code bytes}
 * counter turns that into bytes per second, which {@link ThroughputReport} prints as MB/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParserThroughput {

    /** The corpus files of one format, in memory, so neither side measures the disk. */
    @State(Scope.Benchmark)
    public static class FormatGroup {

        // BenchmarkMain passes the formats the manifest actually has; these are the defaults for plain JMH runs.
        @Param({"derived-plain-text(tags-stripped)", "docblock-html", "docblock-plain-text",
                "full-submission-sgml-txt", "nc-dissemination-sgml", "primary-html", "primary-ixbrl-html",
                "primary-plain-text", "sec-header-fragment", "xml"})
        public String format;

        byte[][] inputs;
        long bytes;

        @Setup(Level.Trial)
        public void load() {
            FilingParser parser = new FilingParser();
            List<byte[]> usable = new ArrayList<>();
            for (CorpusFile file : Corpus.locate().files(format)) {
                byte[] content = file.read();
                if (survives(parser, file, content)) {
                    usable.add(content);
                    bytes += content.length;
                }
            }
            if (usable.isEmpty()) {
                throw new IllegalStateException("no parseable corpus file of format " + format);
            }
            inputs = usable.toArray(new byte[0][]);
        }

        /**
         * A file that makes the parser throw would end the pass early and flatter the figure, so it is
         * left out and named; the robustness test reports such files as findings.
         */
        private static boolean survives(FilingParser parser, CorpusFile file, byte[] content) {
            try {
                parser.parse(content);
                return true;
            } catch (RuntimeException | StackOverflowError e) {
                System.out.println("[parser-bench] left out " + file.name() + ": the parser threw " + e);
                return false;
            }
        }
    }

    /** Bytes handed to the parser (or decoder), reported per second beside the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    private final FilingParser parser = new FilingParser();

    @Benchmark
    public void parse(FormatGroup group, Throughput throughput, Blackhole blackhole) {
        for (byte[] input : group.inputs) {
            blackhole.consume(parser.parse(input));
        }
        throughput.bytes += group.bytes;
    }

    @Benchmark
    public void decodeOnly(FormatGroup group, Throughput throughput, Blackhole blackhole) {
        for (byte[] input : group.inputs) {
            blackhole.consume(DecodeBaseline.decode(input));
        }
        throughput.bytes += group.bytes;
    }
}
