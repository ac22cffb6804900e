package dev.edgarlive.parser;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of the shared corpus goes through the parser and the result must hold together: no escaping
 * exception or defect record, items with numbers and in document order, no item title naming a second item, no
 * item text carrying the signature block or page markup or another item's heading at the start of a line (a
 * missed heading: see {@link MissedHeadings}), plausible dates, documents no larger than the input.
 * Skipped when the corpus is absent.
 * Prints the throughput observed (a figure, not a timed assertion; the JMH benchmark is the measurement).
 */
class CorpusInvariantsTest {

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

    private final FilingParser parser = new FilingParser();

    @Test
    void everyCorpusFileParsesIntoAConsistentFiling() throws IOException {
        Corpus corpus = Corpus.requireCorpus();
        List<String> violations = new ArrayList<>();
        long bytes = 0;
        long nanos = 0;
        int files = 0;
        for (Path file : corpus.files()) {
            byte[] content = Files.readAllBytes(file);
            long start = System.nanoTime();
            ParseResult result = parser.parse(content);
            nanos += System.nanoTime() - start;
            bytes += content.length;
            files++;
            check(file.getFileName().toString(), content.length, result, violations);
        }
        System.out.printf("corpus: %d files, %.1f MB in %.2f s: %.1f MB/s (single thread, first pass, JIT cold)%n",
                files, bytes / 1e6, nanos / 1e9, bytes / 1e6 / (nanos / 1e9));
        assertThat(violations).isEmpty();
    }

    private static void check(String name, int size, ParseResult result, List<String> violations) {
        for (ParseIssue error : result.errors()) {
            if (error.code().equals("PARSER_DEFECT")) {
                violations.add(name + ": parser defect " + error.message());
            }
        }
        if (result.filing().isEmpty()) {
            violations.add(name + ": no filing (" + result.failureReason() + ")");
            return;
        }
        Filing filing = result.filing().get();
        checkItems(name, filing, violations);
        checkDates(name, filing, violations);
        long documents = filing.documents().stream().mapToLong(d -> d.size()).sum();
        if (documents > size) {
            violations.add(name + ": documents total " + documents + " characters, more than the input's " + size);
        }
        if (filing.warnings().size() > 1000) {
            violations.add(name + ": unbounded warnings (" + filing.warnings().size() + ")");
        }
    }

    private static void checkItems(String name, Filing filing, List<String> violations) {
        Item previous = null;
        for (Item item : filing.items()) {
            if (item.code() == null || item.code().isBlank() || item.normalizedCode() == null) {
                violations.add(name + ": item without a number " + item);
                continue;
            }
            if (namesAnotherItem(item.title())) {
                violations.add(name + ": item " + item.code() + " has another item's heading in its title: " + item.title());
            }
            String text = item.text();
            if (text.contains("duly caused this report to be signed") || text.contains("duly caused this Report to be signed")) {
                violations.add(name + ": item " + item.code() + " carries the signature block");
            }
            if (text.contains("<PAGE>") || text.indexOf('\f') >= 0) {
                violations.add(name + ": item " + item.code() + " carries page markup");
            }
            if (previous != null && !previous.text().equals(text) && !text.isEmpty()
                    && previous.text().contains(text) && text.length() > 200) {
                violations.add(name + ": item " + previous.code() + " overlaps item " + item.code());
            }
            previous = item;
        }
        for (MissedHeadings.Missed missed : MissedHeadings.in(filing)) {
            violations.add(name + ": " + missed);
        }
    }

    /**
     * "Business and Item 2. Properties": a heading that names a second item inside it was read as one item's
     * title, and the second item was lost.
     */
    private static boolean namesAnotherItem(String title) {
        int at = title.toLowerCase(java.util.Locale.ROOT).indexOf("item ");
        return at >= 0 && at + 5 < title.length() && Character.isDigit(title.charAt(at + 5));
    }

    private static void checkDates(String name, Filing filing, List<String> violations) {
        for (LocalDate date : new LocalDate[] {filing.filedDate(), filing.periodOfReport()}) {
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                violations.add(name + ": implausible date " + date);
            }
        }
    }
}
