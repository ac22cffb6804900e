package dev.edgarlive.parser.sections;

import dev.edgarlive.parser.text.NextOccurrence;
import dev.edgarlive.parser.text.TextChars;
import dev.edgarlive.parser.text.TextLines;

import java.util.Arrays;

/**
 * An item's slice of text made readable: lines trimmed, blank runs collapsed to one paragraph break, and, in a
 * plain-text document, prose that was hard-wrapped and justified ("The  Company  operates  in  one\nprincipal
 * industry") reflowed to one line per paragraph with single spaces, as an HTML filing gives it. Tables and lists
 * keep their lines and inner space runs: a paragraph is reflowed only when all of it reads as wrapped prose.
 * HTML text is never reflowed: its lines end where its blocks and cells end, never where a typist wrapped them.
 */
public final class ItemText {

    /** Justification pads with a space or two; table columns are further apart. */
    private static final String TABLE_GAP = "    ";
    /** Wrapped prose fills its lines; a line shorter than this share of the widest ends its own paragraph. */
    private static final double FULL_LINE = 0.6;
    private static final int MIN_WRAP_WIDTH = 50;

    /**
     * What a character adds to a paragraph's count of letters (low half) and digits (high half): one table load
     * and one addition per character of prose, which is most of what an item is.
     */
    private static final long LETTER = 1L;
    private static final long DIGIT = 1L << 32;
    private static final long[] ASCII_COUNTS = new long[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_COUNTS[c] = TextChars.isLetter(c) ? LETTER : TextChars.isDigit(c) ? DIGIT : 0;
        }
    }

    private ItemText() {
    }

    /** The text of {@code lines} from {@code from} to {@code until} (offsets in its text), cleaned. */
    public static String clean(TextLines lines, int from, int until, boolean hardWrapped) {
        int to = Math.min(until, lines.text().length());
        return new Cleaning(lines, from, to, hardWrapped).run();
    }

    /** One item's cleaning: the output so far, the paragraph being gathered, and where rare runs come next. */
    private static final class Cleaning {

        private final TextLines lines;
        private final String text;
        private final int from;
        private final int to;
        private final boolean hardWrapped;
        private final StringBuilder out;
        /** The trimmed lines of the paragraph being gathered, as start and end offsets one after the other. */
        private int[] paragraph = new int[32];
        private int paragraphLines;
        // Space runs and tabs are found by searches that run ahead of the lines (see NextOccurrence), not by a
        // test of every character.
        private final NextOccurrence doubleSpaces;
        private final NextOccurrence tableGaps;
        private final NextOccurrence tabs;

        Cleaning(TextLines lines, int from, int to, boolean hardWrapped) {
            this.lines = lines;
            this.text = lines.text();
            this.from = from;
            this.to = to;
            this.hardWrapped = hardWrapped;
            // Room for the paragraph break appended after the last line too: growing the buffer by one character
            // would copy the whole item once more.
            this.out = new StringBuilder(Math.max(0, to - from) + 2);
            this.doubleSpaces = hardWrapped ? new NextOccurrence(text, "  ", from, to) : null;
            this.tableGaps = hardWrapped ? new NextOccurrence(text, TABLE_GAP, from, to) : null;
            this.tabs = hardWrapped ? new NextOccurrence(text, '\t', from, to) : null;
        }

        String run() {
            // The lines' content bounds are measured already; only an item that starts or ends inside a line
            // (a heading run into it) has white space of its own to trim there.
            for (int line = from < to ? lines.lineAt(from) : lines.count(); line < lines.count()
                    && lines.start(line) < to; line++) {
                int a = Math.max(from, lines.firstNonSpace(line));
                int b = Math.min(to, lines.trimmedEnd(line));
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (a >= b) {
                    appendParagraph();
                } else {
                    addLine(a, b);
                }
            }
            appendParagraph();
            int end = out.length();
            while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
            return out.toString();
        }

        private void addLine(int start, int end) {
            if (2 * paragraphLines + 2 > paragraph.length) {
                paragraph = Arrays.copyOf(paragraph, paragraph.length * 2);
            }
            paragraph[2 * paragraphLines] = start;
            paragraph[2 * paragraphLines + 1] = end;
            paragraphLines++;
        }

        private int start(int line) {
            return paragraph[2 * line];
        }

        private int end(int line) {
            return paragraph[2 * line + 1];
        }

        /** Appends the paragraph gathered so far and a blank line after it, then forgets it. */
        private void appendParagraph() {
            if (paragraphLines == 0) {
                return;
            }
            if (hardWrapped && isWrappedProse()) {
                int width = widest();
                for (int k = 0; k < paragraphLines; k++) {
                    appendCollapsed(start(k), end(k));
                    boolean last = k + 1 == paragraphLines;
                    boolean wrapped = !last && end(k) - start(k) >= FULL_LINE * width
                            && !endsClause(text.charAt(end(k) - 1)) && !startsListEntry(text.charAt(start(k + 1)));
                    out.append(last ? "\n" : wrapped ? " " : "\n");
                }
            } else {
                for (int k = 0; k < paragraphLines; k++) {
                    out.append(text, start(k), end(k)).append('\n');
                }
            }
            out.append('\n');
            paragraphLines = 0;
        }

        /**
         * Two lines or more, wide enough to have been wrapped, no gap wider than justification leaves, and words
         * rather than figures: a hard-wrapped paragraph, not a table or an address.
         */
        private boolean isWrappedProse() {
            if (paragraphLines < 2 || widest() < MIN_WRAP_WIDTH) {
                return false;
            }
            long counts = 0;
            for (int k = 0; k < paragraphLines; k++) {
                int a = start(k);
                int b = end(k);
                // Lines are trimmed, so a run of spaces found before a line's end lies inside it.
                if (isBefore(tableGaps.atOrAfter(a), b) || isBefore(tabs.atOrAfter(a), b)) {
                    return false;
                }
                for (int i = a; i < b; i++) {
                    char c = text.charAt(i);
                    counts += c < 128 ? ASCII_COUNTS[c] : counts(c);
                }
            }
            long letters = counts & 0xFFFF_FFFFL;
            long digits = counts >>> 32;
            return letters >= 2 * digits;
        }

        private int widest() {
            int width = 0;
            for (int k = 0; k < paragraphLines; k++) {
                width = Math.max(width, end(k) - start(k));
            }
            return width;
        }

        /** The line with each run of spaces as one space (the line is trimmed: no run at either end). */
        private void appendCollapsed(int start, int end) {
            int run = start;
            int pair;
            while (isBefore(pair = doubleSpaces.atOrAfter(run), end)) {
                out.append(text, run, pair + 1);
                int i = pair + 2;
                while (i < end && text.charAt(i) == ' ') {
                    i++;
                }
                run = i;
            }
            out.append(text, run, end);
        }
    }

    private static boolean isBefore(int found, int end) {
        return found >= 0 && found < end;
    }

    private static long counts(char c) {
        return TextChars.isLetter(c) ? LETTER : TextChars.isDigit(c) ? DIGIT : 0;
    }

    /**
     * A line ending a sentence or clause may be the end of an entry (a table cell, a list item) as well as a
     * wrap: its line break is kept, at the cost of an odd break inside a paragraph now and then.
     */
    private static boolean endsClause(char last) {
        return last == '.' || last == ':' || last == ';';
    }

    /** "(2) the ...", "- ...", "• ...": the next line opens a list entry, so the line before it ends one. */
    private static boolean startsListEntry(char first) {
        return first == '(' || first == '-' || first == '\u2022' || first == '*' || first == '\u00B7';
    }
}
