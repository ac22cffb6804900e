package dev.edgarlive.parser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long run of one character in any line of a real filing costs the parser work in proportion to its length.
 *
 * <p>The family: a header value or cover line ending in thousands of dots, commas or rules ("DE.......", "Hecla
 * Mining Company,,,,,,") that some step trims one character at a time, copying the rest each time, or searches with
 * a backtracking pattern ({@link PatternWorkTest} checks the patterns themselves). Every line of both samples gets
 * a run appended, and the bytes the parse allocates are compared for a run and one four times as long: linear
 * work allocates about four times the extra, quadratic work sixteen times. Allocation is counted, not time, so the
 * verdict does not depend on how busy the machine is.
 */
class LongRunInputTest {

    private static final int SHORT = 2_000;
    private static final int LONG = 4 * SHORT;
    private static final long MAX_GROWTH = 8;
    /** Below this much extra allocation, differences are noise (a JIT decision, a buffer grown once). */
    private static final long FLOOR = 256 * 1024;
    private static final List<String> RUNS = List.of(".", ",", ";", "_", " ");
    private static final List<String> TAILS = List.of("", "x");

    private final FilingParser parser = new FilingParser();

    @Test
    void aLongRunOfPunctuationInAnyLineCostsWorkInProportionToItsLength() throws IOException {
        List<String> superlinear = new ArrayList<>();
        for (String sample : List.of("8k_hecla-mining_2000-11-28_seed.txt",
                "8k_northwind-instruments_2024-05-02_fixture.txt")) {
            String text = Files.readString(samples().resolve(sample), StandardCharsets.ISO_8859_1);
            String[] lines = text.split("\n", -1);
            long base = allocatedBy(text);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                for (String run : RUNS) {
                    for (String tail : TAILS) {
                        long shortExtra = allocatedBy(withRun(lines, i, run, SHORT, tail)) - base;
                        long longExtra = allocatedBy(withRun(lines, i, run, LONG, tail)) - base;
                        if (longExtra > MAX_GROWTH * Math.max(shortExtra, FLOOR)) {
                            superlinear.add(sample + " line " + (i + 1) + " [" + lines[i].strip() + "] + '" + run
                                    + "' x n + '" + tail + "': " + shortExtra + " -> " + longExtra
                                    + " bytes more allocated for 4 times the run");
                        }
                    }
                }
            }
        }
        assertThat(superlinear).as("lines where a long run costs more than linear work").isEmpty();
    }

    private static String withRun(String[] lines, int index, String run, int length, String tail) {
        String[] copy = lines.clone();
        copy[index] = lines[index] + run.repeat(length) + tail;
        return String.join("\n", copy);
    }

    private long allocatedBy(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        parser.parse(bytes);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static Path samples() {
        return Path.of(System.getProperty("edgar.samples.dir", "../../samples"));
    }
}
