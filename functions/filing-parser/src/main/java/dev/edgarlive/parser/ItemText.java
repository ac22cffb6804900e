package dev.edgarlive.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * An item's slice of text made readable: lines trimmed, blank runs collapsed to one paragraph break, and, in a
 * plain-text document, prose that was hard-wrapped and justified ("The  Company  operates  in  one\nprincipal
 * industry") reflowed to one line per paragraph with single spaces, as an HTML filing gives it. Tables and lists
 * keep their lines and inner space runs: a paragraph is reflowed only when all of it reads as wrapped prose.
 * HTML text is never reflowed: its lines end where its blocks and cells end, never where a typist wrapped them.
 */
final class ItemText {

    /** Justification pads with a space or two; table columns are further apart. */
    private static final int MAX_PROSE_GAP = 3;
    /** Wrapped prose fills its lines; a line shorter than this share of the widest ends its own paragraph. */
    private static final double FULL_LINE = 0.6;
    private static final int MIN_WRAP_WIDTH = 50;

    private ItemText() {
    }

    static String clean(String text, int from, int until, boolean hardWrapped) {
        int to = Math.min(until, text.length());
        // Room for the paragraph break appended after the last line too: growing the buffer by one character
        // would copy the whole item once more.
        StringBuilder out = new StringBuilder(Math.max(0, to - from) + 2);
        List<int[]> paragraph = new ArrayList<>();
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            int a = lineStart;
            int b = lineEnd;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (a == b) {
                appendParagraph(text, paragraph, hardWrapped, out);
            } else {
                paragraph.add(new int[] {a, b});
            }
            lineStart = lineEnd + 1;
        }
        appendParagraph(text, paragraph, hardWrapped, out);
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /** Appends one paragraph (trimmed lines as offsets) and a blank line after it, then forgets it. */
    private static void appendParagraph(String text, List<int[]> lines, boolean hardWrapped, StringBuilder out) {
        if (lines.isEmpty()) {
            return;
        }
        if (hardWrapped && isWrappedProse(text, lines)) {
            int width = widest(lines);
            for (int k = 0; k < lines.size(); k++) {
                int[] line = lines.get(k);
                appendCollapsed(text, line[0], line[1], out);
                boolean last = k + 1 == lines.size();
                boolean wrapped = !last && line[1] - line[0] >= FULL_LINE * width
                        && !endsClause(text.charAt(line[1] - 1)) && !startsListEntry(text.charAt(lines.get(k + 1)[0]));
                out.append(last ? "\n" : wrapped ? " " : "\n");
            }
        } else {
            for (int[] line : lines) {
                out.append(text, line[0], line[1]).append('\n');
            }
        }
        out.append('\n');
        lines.clear();
    }

    /**
     * Two lines or more, wide enough to have been wrapped, no gap wider than justification leaves, and words
     * rather than figures: a hard-wrapped paragraph, not a table or an address.
     */
    private static boolean isWrappedProse(String text, List<int[]> lines) {
        if (lines.size() < 2 || widest(lines) < MIN_WRAP_WIDTH) {
            return false;
        }
        int letters = 0;
        int digits = 0;
        for (int[] line : lines) {
            int gap = 0;
            for (int i = line[0]; i < line[1]; i++) {
                char c = text.charAt(i);
                // Letters first: they are most of a paragraph, and each one settles the character at one test.
                if (TextChars.isLetter(c)) {
                    letters++;
                    gap = 0;
                } else if (c == ' ') {
                    if (++gap > MAX_PROSE_GAP) {
                        return false;
                    }
                } else if (c == '\t') {
                    return false;
                } else {
                    gap = 0;
                    if (TextChars.isDigit(c)) {
                        digits++;
                    }
                }
            }
        }
        return letters >= 2 * digits;
    }

    private static int widest(List<int[]> lines) {
        int width = 0;
        for (int[] line : lines) {
            width = Math.max(width, line[1] - line[0]);
        }
        return width;
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

    /** The line with each run of spaces as one space (the line is trimmed: no run at either end). */
    private static void appendCollapsed(String text, int from, int to, StringBuilder out) {
        int run = from;
        int i = from;
        while (i < to) {
            if (text.charAt(i) == ' ' && i + 1 < to && text.charAt(i + 1) == ' ') {
                out.append(text, run, i + 1);
                i += 2;
                while (i < to && text.charAt(i) == ' ') {
                    i++;
                }
                run = i;
            } else {
                i++;
            }
        }
        out.append(text, run, to);
    }
}
