package dev.edgarlive.parser;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bad input never escapes the parser: truncated and mutated real filings, random bytes, a 50 MB input and
 * HTML nested 100,000 deep each end in a result (a filing, or errors saying why there is none), never in
 * an exception, a stack overflow or a hang.
 *
 * <p>The time limits are hang guards, far above any sane parse; speed is measured by benchmarks/parser-bench.
 * Every case is seeded: {@code -Dedgar.fuzz.seed=N} replays a run, {@code -Dedgar.fuzz.mutations=N} sets how
 * many mutated filings are tried (a modest default keeps the suite quick). Cases built from the corpus skip,
 * saying so, when {@code ../shared/corpus} is absent; the rest run anyway.
 */
class FilingParserRobustnessTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    /** 50 MB is parsed, not skimmed: its guard allows for a slow, busy machine. */
    private static final Duration LARGE_INPUT_HANG_GUARD = Duration.ofSeconds(120);
    private static final long SEED = Long.getLong("edgar.fuzz.seed", 20_261_127L);
    private static final int MUTATIONS = Integer.getInteger("edgar.fuzz.mutations", 200);
    private static final int LARGE_INPUT_BYTES = 50 * 1024 * 1024;
    private static final int NESTING_DEPTH = 100_000;

    /** Strings that steer a parser of EDGAR files into its other paths when dropped into the middle of one. */
    private static final List<String> EDGAR_MARKERS = List.of(
            "<SEC-DOCUMENT>", "<SEC-HEADER>", "</SEC-HEADER>", "<IMS-HEADER>", "<SUBMISSION>", "<DOCUMENT>",
            "</DOCUMENT>", "<TYPE>8-K\n", "<TYPE>EX-99.1\n", "<SEQUENCE>", "<FILENAME>", "<TEXT>", "</TEXT>",
            "<PAGE>", "<html>", "</html>", "<table>", "<td>", "<ix:nonNumeric name=\"dei:EntityRegistrantName\">",
            "-----BEGIN PRIVACY-ENHANCED MESSAGE-----", "begin 644 exhibit.pdf\n", "ITEM INFORMATION:\t",
            "CONFORMED SUBMISSION TYPE:\t", "FILED AS OF DATE:\t99999999", "Item 2.02 ", "ITEM 5. ", "Items 1.01 and 5.02",
            "SIGNATURE", "/s/ ", "&#", "&amp", "\u0000", "\r", "\n\n\n", "<!--", "<![CDATA[", "<?xml ", "\uFEFF");

    /**
     * A cover page as an 8-K in HTML opens, so that made-up HTML is taken for a filing and goes all the way
     * through the parser instead of being turned away at the door as no filing at all.
     */
    private static final String HTML_COVER_PAGE = "<p>UNITED STATES</p><p>SECURITIES AND EXCHANGE COMMISSION</p>"
            + "<p>Washington, D.C. 20549</p><p>FORM 8-K</p><p>CURRENT REPORT</p>"
            + "<p>Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934</p>"
            + "<p>Date of Report (Date of earliest event reported): November 17, 2000</p>"
            + "<p>HUGE CORP</p><p>(Exact name of registrant as specified in its charter)</p>"
            + "<p>Delaware</p><p>(State or other jurisdiction of incorporation)</p>"
            + "<p>1-8491</p><p>(Commission File Number)</p>\n";

    private final FilingParser parser = new FilingParser();

    @TestFactory
    Stream<DynamicTest> everyCorpusFileTruncatedAtARandomOffset() {
        if (!corpusPresent()) {
            return Stream.of(DynamicTest.dynamicTest("corpus truncations", FilingParserRobustnessTest::corpusFiles));
        }
        List<Path> corpus = corpusFiles();
        Random random = new Random(SEED);
        return corpus.stream().map(file -> {
            long offsetSeed = random.nextLong();
            return DynamicTest.dynamicTest(file.getFileName() + " truncated", () -> {
                byte[] content = read(file);
                int cut = content.length == 0 ? 0 : new Random(offsetSeed).nextInt(content.length);
                survives(file.getFileName() + " truncated at byte " + cut + " of " + content.length,
                        Arrays.copyOf(content, cut), HANG_GUARD);
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> mutatedCorpusFiles() {
        if (!corpusPresent()) {
            // A skip reported as a test, where surefire shows it; a skipped factory would vanish silently.
            return Stream.of(DynamicTest.dynamicTest("corpus mutations", FilingParserRobustnessTest::corpusFiles));
        }
        List<Path> corpus = corpusFiles();
        return Stream.iterate(0, index -> index < MUTATIONS, index -> index + 1).map(index -> {
            // Each case draws from its own generator, so a failure replays with the same seed whatever the count.
            Random random = new Random(SEED * 1_000_003L + index);
            Path file = corpus.get(random.nextInt(corpus.size()));
            return DynamicTest.dynamicTest("mutation " + index + " of " + file.getFileName(), () -> {
                Mutation mutation = Mutation.of(read(file), random);
                survives(file.getFileName() + " after " + mutation.description()
                        + " (-Dedgar.fuzz.seed=" + SEED + ", mutation " + index + ")", mutation.bytes(), HANG_GUARD);
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> randomBytes() {
        Random random = new Random(SEED);
        List<DynamicTest> cases = new ArrayList<>(List.of(
                survives("no bytes at all", () -> new byte[0]),
                survives("one zero byte", () -> new byte[1]),
                survives("a UTF-8 byte order mark alone", () -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                survives("a UTF-16 byte order mark alone", () -> new byte[] {(byte) 0xFE, (byte) 0xFF}),
                survives("1 MB of zero bytes", () -> new byte[1 << 20]),
                survives("1 MB of 0xFF", () -> {
                    byte[] ones = new byte[1 << 20];
                    Arrays.fill(ones, (byte) 0xFF);
                    return ones;
                })));
        for (int length : new int[] {1, 7, 100, 4_096, 65_536, 1 << 20}) {
            long caseSeed = random.nextLong();
            cases.add(survives(length + " random bytes (case seed " + caseSeed + ")", () -> {
                byte[] bytes = new byte[length];
                new Random(caseSeed).nextBytes(bytes);
                return bytes;
            }));
        }
        long asciiSeed = random.nextLong();
        cases.add(survives("1 MB of random printable ASCII (case seed " + asciiSeed + ")",
                () -> printableAscii(new Random(asciiSeed), 1 << 20)));
        for (int soup = 0; soup < 8; soup++) {
            long caseSeed = random.nextLong();
            cases.add(survives("200 KB tag soup of EDGAR markers and random text (case seed " + caseSeed + ")",
                    () -> tagSoup(new Random(caseSeed), 200_000)));
        }
        return cases.stream();
    }

    @Test
    void aFiftyMegabyteHtmlDocument() {
        StringBuilder html = new StringBuilder(LARGE_INPUT_BYTES + 4_096)
                .append("<html><body>").append(HTML_COVER_PAGE).append("<p>Item 8.01 Other Events.</p>\n");
        String paragraph = "<p>The company announced <b>results</b> for the quarter; see <a href=\"#x\">Exhibit 99.1</a>"
                + " &amp; the table below.</p><table><tr><td>Revenue</td><td>$1,234</td></tr></table>\n";
        while (html.length() < LARGE_INPUT_BYTES) {
            html.append(paragraph);
        }
        html.append("<p>SIGNATURE</p><p>/s/ A. Person</p></body></html>\n");

        survives("a 50 MB HTML 8-K", html.toString().getBytes(StandardCharsets.UTF_8), LARGE_INPUT_HANG_GUARD);
    }

    @Test
    void aFiftyMegabytePlainTextItem() {
        StringBuilder text = new StringBuilder(LARGE_INPUT_BYTES + 4_096)
                .append("SECURITIES AND EXCHANGE COMMISSION\n\nFORM 8-K\n\nHUGE CORP\n")
                .append("(Exact name of registrant as specified in its charter)\n\n")
                .append("Item 5.   Other Events.\n\n");
        String line = "     The Registrant reports an event of some length, page after page, without a break.\n";
        int lines = 0;
        while (text.length() < LARGE_INPUT_BYTES) {
            text.append(line);
            if (++lines % 56 == 0) {
                text.append("\n").append(lines / 56).append("\n<PAGE>\n");
            }
        }
        text.append("\n                                    SIGNATURE\n");

        survives("a 50 MB plain-text 8-K with one item", text.toString().getBytes(StandardCharsets.ISO_8859_1),
                LARGE_INPUT_HANG_GUARD);
    }

    @Test
    void aRealSubmissionRepeatedToFiftyMegabytes() {
        Path largest = corpusFiles().stream()
                .filter(file -> file.getFileName().toString().endsWith(".txt"))
                .max(Comparator.comparingLong(FilingParserRobustnessTest::size))
                .orElseThrow();
        byte[] once = read(largest);
        ByteArrayOutputStream repeated = new ByteArrayOutputStream(LARGE_INPUT_BYTES + once.length);
        while (repeated.size() < LARGE_INPUT_BYTES) {
            repeated.writeBytes(once);
        }

        survives(largest.getFileName() + " repeated to " + repeated.size() + " bytes", repeated.toByteArray(),
                LARGE_INPUT_HANG_GUARD);
    }

    @TestFactory
    Stream<DynamicTest> htmlNestedOneHundredThousandDeep() {
        return Stream.of(
                survives("100,000 nested <div>, closed", () -> html(nested("<div>", "</div>", "Item 2.02 Results"))),
                survives("100,000 nested <div>, never closed", () -> html(nested("<div>", "", "Item 2.02 Results"))),
                survives("100,000 nested tables",
                        () -> html(nested("<table><tr><td>", "</td></tr></table>", "Item 5"))),
                survives("100,000 open <font> (formatting elements)", () -> html(nested("<font size=2>", "", "Item 7"))),
                survives("100,000 nested <b><i>, closed in the wrong order",
                        () -> html(nested("<b><i>", "</b></i>", "x"))),
                survives("100,000 nested inline XBRL facts", () -> html(nested(
                        "<ix:nonNumeric name=\"dei:EntityRegistrantName\">", "</ix:nonNumeric>", "HUGE CORP"))),
                survives("100,000 nested <div> inside a <DOCUMENT> block", () -> (
                        "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>d8k.htm\n<TEXT>\n<html><body>" + HTML_COVER_PAGE
                                + nested("<div>", "</div>", "Item 8.01 Other Events")
                                + "</body></html>\n</TEXT>\n</DOCUMENT>\n").getBytes(StandardCharsets.UTF_8)),
                survives("100,000 nested <DOCUMENT> blocks, never closed",
                        () -> nested("<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n", "", "Item 5").getBytes(StandardCharsets.UTF_8)));
    }

    private DynamicTest survives(String input, Supplier<byte[]> bytes) {
        return DynamicTest.dynamicTest(input, () -> survives(input, bytes.get(), HANG_GUARD));
    }

    /** The parser's whole promise: a result (a filing, or errors that say why not), in bounded time. */
    private void survives(String input, byte[] bytes, Duration guard) {
        ParseResult result = assertTimeoutPreemptively(guard, () -> {
            try {
                return parser.parse(bytes);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(input + ": the parser threw " + e + "\n    at " + topOfStack(e), e);
            }
        }, () -> input + ": no result within " + guard.toSeconds() + " s (hang guard)");

        assertThat(result).as("%s: the parser returned null", input).isNotNull();
        if (result.filing().isEmpty()) {
            assertThat(result.errors()).as("%s: no filing and no error to say why", input).isNotEmpty();
        }
    }

    private static String topOfStack(Throwable e) {
        return Arrays.stream(e.getStackTrace()).limit(6).map(String::valueOf)
                .reduce((a, b) -> a + "\n    at " + b).orElse("(no stack)");
    }

    private static String nested(String open, String close, String innermost) {
        StringBuilder text = new StringBuilder((open.length() + close.length()) * NESTING_DEPTH + innermost.length());
        text.append(open.repeat(NESTING_DEPTH)).append(innermost).append(close.repeat(NESTING_DEPTH));
        return text.toString();
    }

    private static byte[] html(String body) {
        return ("<html><head><title>8-K</title></head><body>" + HTML_COVER_PAGE + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] printableAscii(Random random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (random.nextInt(10) == 0 ? '\n' : ' ' + random.nextInt(95));
        }
        return bytes;
    }

    private static byte[] tagSoup(Random random, int length) {
        StringBuilder soup = new StringBuilder(length + 64);
        while (soup.length() < length) {
            if (random.nextBoolean()) {
                soup.append(EDGAR_MARKERS.get(random.nextInt(EDGAR_MARKERS.size())));
            } else {
                soup.append(new String(printableAscii(random, 1 + random.nextInt(40)), StandardCharsets.US_ASCII));
            }
        }
        return soup.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Path corpusDir() {
        return Path.of(System.getProperty("edgar.corpus.dir", "../../../shared/corpus"));
    }

    private static boolean corpusPresent() {
        return Files.isDirectory(corpusDir().resolve("files"));
    }

    /** The corpus files, or a skip that says where the corpus was looked for. */
    private static List<Path> corpusFiles() {
        Path corpus = corpusDir();
        Path files = corpus.resolve("files");
        assumeTrue(corpusPresent(),
                () -> "corpus absent at " + corpus.toAbsolutePath().normalize() + ": corpus-based robustness cases skipped");
        try (Stream<Path> listing = Files.list(files)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A real filing damaged in one to three ways that real uploads and real tools damage files: flipped
     * bytes, a cut, a chunk lost or doubled, markers dropped where they do not belong.
     */
    private record Mutation(String description, byte[] bytes) {

        static Mutation of(byte[] original, Random random) {
            byte[] bytes = original;
            List<String> steps = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int step = 0; step < count && bytes.length > 0; step++) {
                int kind = random.nextInt(6);
                int at = random.nextInt(bytes.length);
                int length = 1 + random.nextInt(Math.min(bytes.length - at, 1 + random.nextInt(65_536)));
                switch (kind) {
                    case 0 -> {
                        bytes = bytes == original ? bytes.clone() : bytes;
                        int flips = 1 + random.nextInt(64);
                        for (int flip = 0; flip < flips; flip++) {
                            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                        }
                        steps.add(flips + " bit flips");
                    }
                    case 1 -> {
                        bytes = Arrays.copyOf(bytes, at);
                        steps.add("truncation at " + at);
                    }
                    case 2 -> {
                        bytes = splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length));
                        steps.add("duplication of " + length + " bytes at " + at);
                    }
                    case 3 -> {
                        bytes = splice(bytes, at, length, new byte[0]);
                        steps.add("deletion of " + length + " bytes at " + at);
                    }
                    case 4 -> {
                        String marker = EDGAR_MARKERS.get(random.nextInt(EDGAR_MARKERS.size()));
                        bytes = splice(bytes, at, 0, marker.getBytes(StandardCharsets.UTF_8));
                        steps.add("insertion of " + printable(marker) + " at " + at);
                    }
                    default -> {
                        byte[] noise = new byte[length];
                        random.nextBytes(noise);
                        bytes = splice(bytes, at, length, noise);
                        steps.add("overwrite of " + length + " bytes at " + at + " with random bytes");
                    }
                }
            }
            return new Mutation(String.join(", ", steps), bytes);
        }

        private static byte[] splice(byte[] bytes, int at, int removed, byte[] inserted) {
            byte[] result = new byte[bytes.length - removed + inserted.length];
            System.arraycopy(bytes, 0, result, 0, at);
            System.arraycopy(inserted, 0, result, at, inserted.length);
            System.arraycopy(bytes, at + removed, result, at + inserted.length, bytes.length - at - removed);
            return result;
        }

        private static String printable(String marker) {
            return "\"" + marker.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0")
                    .replace("\uFEFF", "\\uFEFF") + "\"";
        }
    }
}
