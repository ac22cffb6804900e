package dev.edgarlive.parser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every regular expression of the parser does work linear in its input, whatever the input: no pattern may
 * backtrack without bound on an untrusted line.
 *
 * <p>The family this guards against: a quantified run followed by something that can fail ({@code [.,;]+$} on
 * "DE.....x", two adjacent {@code \s*} before a year), searched at every start position by {@code find},
 * {@code replaceAll} or {@code split}. A 240 KB run of dots in a header value took 48 s that way. Work is measured
 * deterministically, as the number of characters the matcher reads ({@code charAt} calls on the input), for an
 * input and one four times as long: linear work grows about four times, quadratic work sixteen times.
 *
 * <p>The patterns are found by reflection over the compiled parser classes (sub-packages included), so a pattern
 * added later is checked without anyone listing it here.
 */
class PatternWorkTest {

    private static final int SHORT = 500;
    private static final int LONG = 4 * SHORT;
    /** Linear work grows 4 times; quadratic 16 times. Between them, with room for fixed costs. */
    private static final long MAX_GROWTH = 8;
    /** Reads per input character beyond which a pattern is reported without measuring further. */
    private static final long MAX_READS_PER_CHAR = 200;

    /** Starts that lead the parser's patterns into their quantified parts. */
    private static final List<String> PREFIXES = List.of("", "DE", "January 1", "Jan. 1", "1 January", "1st day of May",
            "Exhibit", "Exhibit 99.1", "Exhibits No.", "99.1", "10.1(a)", "Page 1", "page - A-", "Form 8-K", "(208) 769", "+1 208",
            "12345", "1-8491", "82-", "Item 5", "S-", "20240502");
    /** What the run is made of: punctuation, separators, digits, letters, and short mixes of them. */
    private static final List<String> ATOMS = List.of(" ", ".", ",", ";", "-", "_", ":", "|", "0", "9", "a", "Z",
            "\t", "\u00a0", ". ", ", ", ".,", "0.", "1-", "(a)", " -", "ii", "th");
    /** What follows the run: nothing, or a character that makes an anchored or bounded match fail. */
    private static final List<String> SUFFIXES = List.of("", "!", "x", "x\n", "\n2000", " 2000!");

    @Test
    void everyParserPatternDoesLinearWorkOnLongRuns() throws Exception {
        Map<String, Pattern> patterns = parserPatterns();
        assertThat(patterns).as("patterns found in the parser's classes").hasSizeGreaterThan(10);
        List<String> quadratic = new ArrayList<>();
        for (Map.Entry<String, Pattern> entry : patterns.entrySet()) {
            Pattern pattern = entry.getValue();
            for (String prefix : PREFIXES) {
                for (String atom : ATOMS) {
                    for (String suffix : SUFFIXES) {
                        String shortInput = input(prefix, atom, suffix, SHORT);
                        long shortWork = work(pattern, shortInput, MAX_READS_PER_CHAR * shortInput.length());
                        long allowed = MAX_GROWTH * Math.max(shortWork, shortInput.length());
                        long longWork = work(pattern, input(prefix, atom, suffix, LONG), allowed);
                        if (shortWork > MAX_READS_PER_CHAR * shortInput.length() || longWork > allowed) {
                            quadratic.add(entry.getKey() + " on \"" + prefix + "\" + \"" + printable(atom)
                                    + "\" x n + \"" + printable(suffix) + "\": " + shortWork + " -> more than "
                                    + Math.min(longWork, allowed) + " characters read for 4 times the input");
                        }
                    }
                }
            }
        }
        assertThat(quadratic).as("patterns whose work grows faster than their input").isEmpty();
    }

    @Test
    void theMeasureCatchesTheKnownBacktrackingFamily() {
        // The header value cleanup as it was: a trailing-punctuation run searched from every position.
        Pattern old = Pattern.compile("[.,;]+$");
        long shortWork = work(old, input("DE", ".", "x", SHORT), Long.MAX_VALUE);
        long longWork = work(old, input("DE", ".", "x", LONG), Long.MAX_VALUE);
        assertThat(longWork).isGreaterThan(MAX_GROWTH * shortWork);
        // and the fix the parser uses: the run is tried from its first character only.
        Pattern fixed = Pattern.compile("(?<![.,;])[.,;]++$");
        assertThat(work(fixed, input("DE", ".", "x", LONG), Long.MAX_VALUE))
                .isLessThan(MAX_GROWTH * work(fixed, input("DE", ".", "x", SHORT), Long.MAX_VALUE));
    }

    private static String input(String prefix, String atom, String suffix, int length) {
        return prefix + atom.repeat(Math.max(1, length / atom.length())) + suffix;
    }

    /**
     * Characters read by everything the parser does with a pattern: search all matches, match whole, match a
     * prefix. Stops once {@code cap} characters were read (and returns more than the cap).
     */
    private static long work(Pattern pattern, String text, long cap) {
        CountingText counted = new CountingText(text, cap);
        try {
            Matcher m = pattern.matcher(counted);
            int found = 0;
            while (m.find()) {
                found++;
            }
            m.reset();
            m.matches();
            m.reset();
            m.lookingAt();
        } catch (WorkExceeded enough) {
            return cap + 1;
        }
        return counted.reads;
    }

    private static final class WorkExceeded extends RuntimeException {
        WorkExceeded() {
            super(null, null, false, false);
        }
    }

    private static String printable(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t").replace("\u00a0", "\\u00a0");
    }

    /** Every static Pattern field of every class under {@code dev/edgarlive/parser}, by class and field name. */
    private static Map<String, Pattern> parserPatterns() throws Exception {
        URL url = PatternWorkTest.class.getClassLoader().getResource("dev/edgarlive/parser/FilingParser.class");
        assertThat(url).as("compiled parser classes").isNotNull();
        Path root = classesRoot(url);
        Map<String, Pattern> patterns = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("dev/edgarlive/parser"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, true, PatternWorkTest.class.getClassLoader());
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                        field.setAccessible(true);
                        patterns.put(type.getSimpleName() + "." + field.getName(), (Pattern) field.get(null));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return patterns;
    }

    private static Path classesRoot(URL facadeClass) throws URISyntaxException {
        Path file = Path.of(facadeClass.toURI());
        return file.getParent().getParent().getParent().getParent();
    }

    /** A text that counts how many characters are read from it. */
    private static final class CountingText implements CharSequence {
        private final String text;
        private final long cap;
        long reads;

        CountingText(String text, long cap) {
            this.text = text;
            this.cap = cap;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads > cap) {
                throw new WorkExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
