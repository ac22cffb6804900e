package dev.edgarlive.parser.render;

import dev.edgarlive.parser.text.NextOccurrence;
import dev.edgarlive.parser.text.TextLines;

import java.util.Map;

/**
 * A plain-text document to clean lines: {@code <PAGE>} markers and form feeds become page breaks, lines are trimmed, lines that
 * hold only SGML table markup ({@code <TABLE>}, {@code <S>}, {@code <C>}, {@code <CAPTION>}) go, and the dash
 * stuffing of PEM-wrapped filings ("- -----") is undone. One pass, line by line, over the slice.
 */
final class PlainTextRenderer {

    RenderedText render(String text, int start, int end) {
        // The document is rendered from a string of its own: a search for a rare character that is not in it
        // then stops at its end, instead of reading on through every later document of the submission. (No
        // copy is made for a bare document, whose slice is the whole text.)
        String document = text.substring(start, end);
        return new RenderedText(new Rendering(document).run(), Map.of());
    }

    /** One render of one document: the output so far, and where the rare characters it changes come next. */
    private static final class Rendering {

        private final String text;
        private final int end;
        /** The rendered lines, indexed as they are written: the furniture filter reads them by line. */
        private final TextLines.Writer out;
        // Form feeds, tabs and no-break spaces are rare: each is found by one search that runs ahead of the lines,
        // instead of a search or a character-by-character test in every line.
        private final NextOccurrence formFeeds;
        private final NextOccurrence tabs;
        private final NextOccurrence noBreakSpaces;

        Rendering(String document) {
            this.text = document;
            this.end = document.length();
            this.out = new TextLines.Writer(end + 16, end / 40);
            this.formFeeds = new NextOccurrence(text, '\f', 0, end);
            this.tabs = new NextOccurrence(text, '\t', 0, end);
            this.noBreakSpaces = new NextOccurrence(text, '\u00A0', 0, end);
        }

        TextLines run() {
            int lineStart = 0;
            while (lineStart < end) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0 || lineEnd > end) {
                    lineEnd = end;
                }
                int formFeed;
                while ((formFeed = formFeeds.atOrAfter(lineStart)) >= 0 && formFeed < lineEnd) {
                    appendLine(lineStart, formFeed);
                    out.line(RenderedText.PAGE_BREAK);
                    lineStart = formFeed + 1;
                }
                appendLine(lineStart, lineEnd);
                lineStart = lineEnd + 1;
            }
            return out.lines();
        }

        private void appendLine(int from, int to) {
            int first = from;
            while (first < to && isSpace(text.charAt(first))) {
                first++;
            }
            int last = to;
            while (last > first && isSpace(text.charAt(last - 1))) {
                last--;
            }
            if (first == last) {
                out.blankLine();
                return;
            }
            if (text.charAt(first) == '<') {
                if (text.regionMatches(true, first, "<PAGE>", 0, 6)) {
                    out.line(RenderedText.PAGE_BREAK);
                    return;
                }
                if (onlyMarkup(text, first, last)) {
                    return;
                }
            }
            if (text.startsWith("- -", first)) {
                first += 2;
            }
            out.openLine();
            appendWithPlainSpaces(first, last);
            out.closeLine();
        }

        /** The line's text with each tab and no-break space inside it as a space. */
        private void appendWithPlainSpaces(int from, int to) {
            int run = from;
            int blank;
            while ((blank = nextTabOrNoBreakSpace(run)) >= 0 && blank < to) {
                out.append(text, run, blank).append(' ');
                run = blank + 1;
            }
            out.append(text, run, to);
        }

        private int nextTabOrNoBreakSpace(int from) {
            int tab = tabs.atOrAfter(from);
            int noBreakSpace = noBreakSpaces.atOrAfter(from);
            if (tab < 0 || noBreakSpace < 0) {
                return Math.max(tab, noBreakSpace);
            }
            return Math.min(tab, noBreakSpace);
        }
    }

    /** True when a line is nothing but short SGML tags: {@code <TABLE>}, {@code </FN>}, {@code <S>   <C>}. */
    private static boolean onlyMarkup(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (c != '<') {
                return false;
            }
            int close = indexOf(text, '>', i, Math.min(to, i + 14));
            if (close < 0) {
                return false;
            }
            for (int j = i + 1; j < close; j++) {
                char t = text.charAt(j);
                if (!(Character.isLetterOrDigit(t) || t == '/' || t == '-')) {
                    return false;
                }
            }
            i = close + 1;
        }
        return true;
    }

    /** Searches only the line: an unbounded {@code indexOf} per line would make a long document quadratic. */
    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u000B';
    }
}
