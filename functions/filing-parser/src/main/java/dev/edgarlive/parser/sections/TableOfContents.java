package dev.edgarlive.parser.sections;

import dev.edgarlive.parser.text.TextLines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the entries of a table of contents from the headings of the items themselves, so that an item's text is
 * taken from its place in the body and never from the table.
 *
 * <p>A table of contents lists items that head again later, with text, in the same order. Most of its entries have
 * nothing between them but other entries, or end with a page number; those are contents entries on their own. The
 * first and last entries of the table often carry what the table lists beside the items: sub-entries under "Item 1.
 * Financial Statements", or "Signature", "Exhibit Index", "Exhibit 99.1" after the last item (the linked tables of
 * contents that financial printers put at the top of 8-Ks), and so look as if they had a body. They belong to the
 * table when they stand next to its run of entries and head again later in the run's order. A single entry whose
 * "body" holds no sentence, of an item that heads again later over sentences, is an entry too. Plain-text tables with
 * page numbers, HTML tables with or without links, 8-K, 10-K and 10-Q ones alike: nothing here reads a link or a
 * form type.
 */
final class TableOfContents {

    /** Fewer letters than this between two headings means the first is a table-of-contents line. */
    private static final int MIN_BODY_LETTERS = 40;

    private TableOfContents() {
    }

    /** The candidates that head items, in order: the table of contents' entries left out. */
    static List<ItemExtractor.Candidate> withoutEntries(TextLines lines, List<ItemExtractor.Candidate> candidates) {
        int n = candidates.size();
        int[] next = nextHeadingOfSameItem(lines.text(), candidates);
        boolean[] entry = new boolean[n];
        for (int k = 0; k < n; k++) {
            entry[k] = next[k] >= 0 && readsAsEntry(lines, candidates, k, next[k]);
        }
        boolean[] dropped = entry.clone();
        for (int first = 0; first < n; first++) {
            if (!entry[first] || first > 0 && entry[first - 1]) {
                continue;
            }
            int last = first;
            while (last + 1 < n && entry[last + 1]) {
                last++;
            }
            if (inOrder(next, first, last)) {
                int before = first - 1;
                if (before >= 0 && next[before] > last && next[before] < next[first]) {
                    dropped[before] = true;
                }
                int after = last + 1;
                if (after < n && next[after] > next[last]) {
                    dropped[after] = true;
                }
            }
            first = last;
        }
        List<ItemExtractor.Candidate> kept = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            if (!dropped[k]) {
                kept.add(candidates.get(k));
            }
        }
        return kept;
    }

    /**
     * Text enough between a heading's body start and {@code end} not to be a contents entry, or a short answer
     * ("None.", "Not applicable."): contents entries never carry one.
     */
    static boolean hasBody(String text, ItemHeading heading, int end) {
        int from = heading.bodyStart();
        return letters(text, from, end) >= MIN_BODY_LETTERS || answersNil(text, from, end);
    }

    /**
     * For each candidate, the index of the next candidate that heads the same item (the same definition, so a
     * 10-Q's Part I Item 2 and Part II Item 2 are different items), or -1. A heading that names a paragraph of
     * the item ("Item 14(a)(2)") does not head it again: it is a sub-heading of its text.
     */
    private static int[] nextHeadingOfSameItem(String text, List<ItemExtractor.Candidate> candidates) {
        int[] next = new int[candidates.size()];
        Map<ItemDefinition, Integer> seenLater = new HashMap<>();
        for (int k = candidates.size() - 1; k >= 0; k--) {
            ItemExtractor.Candidate candidate = candidates.get(k);
            ItemDefinition item = candidate.definitions().get(0);
            next[k] = seenLater.getOrDefault(item, -1);
            if (!ItemHeadingParser.namesParagraph(text, candidate.heading())) {
                seenLater.put(item, k);
            }
        }
        return next;
    }

    /**
     * A heading whose item heads again later reads as a contents entry when a page number ends it, when nothing
     * but a few words stands between it and the next heading, or when what stands there holds no sentence while
     * the item's later heading is followed by sentences.
     */
    private static boolean readsAsEntry(TextLines lines, List<ItemExtractor.Candidate> candidates, int k, int later) {
        ItemHeading heading = candidates.get(k).heading();
        int end = gapEnd(lines, candidates, k);
        if (heading.endsWithPageNumber() || !hasBody(lines.text(), heading, end)) {
            return true;
        }
        return !holdsSentence(lines, heading.bodyStart(), end)
                && holdsSentence(lines, candidates.get(later).heading().bodyStart(), gapEnd(lines, candidates, later));
    }

    private static int gapEnd(TextLines lines, List<ItemExtractor.Candidate> candidates, int k) {
        return k + 1 < candidates.size() ? candidates.get(k + 1).heading().start() : lines.text().length();
    }

    /** The entries from {@code first} to {@code last} name items whose later headings come in the same order. */
    private static boolean inOrder(int[] next, int first, int last) {
        for (int k = first; k < last; k++) {
            if (next[k] >= next[k + 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line between {@code from} and {@code to} reads as a sentence: mostly words in lower case, ending
     * with a full stop (or a question mark, a semicolon, a colon). Contents entries, titles and exhibit lists have
     * none. Stops at the first one found.
     */
    private static boolean holdsSentence(TextLines lines, int from, int to) {
        String text = lines.text();
        if (from >= to) {
            return false;
        }
        for (int line = lines.lineAt(from); line < lines.count() && lines.start(line) < to; line++) {
            int a = Math.max(from, lines.firstNonSpace(line));
            int b = Math.min(to, lines.trimmedEnd(line));
            if (b - a >= 2 && endsSentence(text.charAt(b - 1)) && HeadingTitle.isProse(text, a, b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '?' || c == '!' || c == ';' || c == ':';
    }

    private static boolean answersNil(String text, int from, int to) {
        int p = from;
        while (p < to && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p < to && HeadingTitle.isNilAnswer(text, p, to);
    }

    private static int letters(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to && n < MIN_BODY_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
