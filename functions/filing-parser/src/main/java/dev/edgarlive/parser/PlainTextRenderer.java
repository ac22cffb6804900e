package dev.edgarlive.parser;

import java.util.Map;

/**
 * A plain-text document to clean lines: {@code <PAGE>} markers and form feeds become page breaks, lines are trimmed, lines that
 * hold only SGML table markup ({@code <TABLE>}, {@code <S>}, {@code <C>}, {@code <CAPTION>}) go, and the dash
 * stuffing of PEM-wrapped filings ("- -----") is undone. One pass, line by line, over the slice.
 */
final class PlainTextRenderer {

    RenderedText render(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start + 16);
        // Form feeds are rare: one search finds the next, instead of a search in every line.
        int formFeed = formFeedWithin(text, start, end);
        int lineStart = start;
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            while (formFeed >= 0 && formFeed < lineEnd) {
                appendLine(text, lineStart, formFeed, out);
                out.append(RenderedText.PAGE_BREAK).append('\n');
                lineStart = formFeed + 1;
                formFeed = formFeedWithin(text, lineStart, end);
            }
            appendLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return new RenderedText(out.toString(), Map.of());
    }

    private static int formFeedWithin(String text, int from, int end) {
        int at = text.indexOf('\f', from);
        return at < end ? at : -1;
    }

    private static void appendLine(String text, int from, int to, StringBuilder out) {
        int first = from;
        while (first < to && isSpace(text.charAt(first))) {
            first++;
        }
        int last = to;
        while (last > first && isSpace(text.charAt(last - 1))) {
            last--;
        }
        if (first == last) {
            out.append('\n');
            return;
        }
        if (text.charAt(first) == '<') {
            if (text.regionMatches(true, first, "<PAGE>", 0, 6)) {
                out.append(RenderedText.PAGE_BREAK).append('\n');
                return;
            }
            if (onlyMarkup(text, first, last)) {
                return;
            }
        }
        if (text.startsWith("- -", first)) {
            first += 2;
        }
        int run = first;
        for (int i = first; i < last; i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c == '\t') {
                out.append(text, run, i).append(' ');
                run = i + 1;
            }
        }
        out.append(text, run, last).append('\n');
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
