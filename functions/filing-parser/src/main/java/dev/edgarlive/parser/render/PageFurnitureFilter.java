package dev.edgarlive.parser.render;

import dev.edgarlive.parser.text.AsciiCase;
import dev.edgarlive.parser.text.TextLines;
import dev.edgarlive.parser.text.TitleKey;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what belongs to the page, not the text: page-break markers, page numbers ("2", "-2-", "Page 2 of 5",
 * "F-3"), "Table of Contents" back-links at page tops, headings carried over to the top of the next page ("Item 1.
 * Business (Continued)"), running headers repeated at the top of many pages and
 * running footers repeated at the bottom of many ("Apple Inc. | 2024 Form 10-K | 18": repeated but for the page
 * number). Collapses runs of blank lines to one. The result has no page-break markers left, and comes indexed by line.
 */
final class PageFurnitureFilter {

    /**
     * Applied to short, trimmed lines only; anchored and with possessive white space all the same, so that no line
     * costs more than one pass whoever calls it.
     */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s++)?[-\u2013\u2014]?\\s*+(?:[A-Z]-)?(?:\\d{1,3}|[ivxl]{1,6})(?:\\s*+[-\u2013\u2014])?"
                    + "(?:\\s++of\\s++\\d{1,3})?\\s*+$");
    private static final int NEAR_BREAK = 3;
    private static final int RUNNING_HEADER_MIN_REPEATS = 3;

    TextLines clean(TextLines lines) {
        int n = lines.count();
        boolean[] drop = new boolean[n];
        Map<String, Integer> pageTops = new HashMap<>();
        Map<String, Integer> pageBottoms = new HashMap<>();
        boolean anyBreak = false;
        for (int i = 0; i < n; i++) {
            if (isBreak(lines, i)) {
                anyBreak = true;
                drop[i] = true;
                dropFurnitureNear(lines, i, drop);
                int top = lines.nextNonBlank(i);
                if (top >= 0 && !isBreak(lines, top)) {
                    pageTops.merge(runningKey(lines.line(top).strip()), 1, Integer::sum);
                }
                int bottom = lines.previousNonBlank(i);
                if (bottom >= 0 && !isBreak(lines, bottom) && !drop[bottom]) {
                    pageBottoms.merge(runningKey(lines.line(bottom).strip()), 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!drop[i] && isShortAndNotBlank(lines, i) && isIsolated(lines, i) && isPageNumber(lines.line(i).strip())) {
                drop[i] = true;
            }
        }
        if (anyBreak) {
            dropRunningHeaders(lines, pageTops, drop);
            dropRunningFooters(lines, pageBottoms, drop);
        }
        return join(lines, drop);
    }

    private static boolean isBreak(TextLines lines, int i) {
        int start = lines.start(i);
        return lines.end(i) - start == 1 && lines.text().charAt(start) == RenderedText.PAGE_BREAK;
    }

    private static void dropFurnitureNear(TextLines lines, int breakLine, boolean[] drop) {
        dropFurnitureTowards(lines, breakLine, -1, drop); // the foot of the page before
        dropFurnitureTowards(lines, breakLine, +1, drop); // the head of the page after
        dropCarriedOverHeading(lines, breakLine, drop);
    }

    /**
     * A heading repeated at the top of a page to say that its section goes on ("Item 1. Business (Continued)", or
     * wrapped, with "(Continued)" ending its last line or alone under it) is the page's, not the text's: left in,
     * it reads as a second heading of the item inside the item's text. Looked for among the first lines of the
     * page; the lines written with it, without a blank line between, are its own.
     */
    private static void dropCarriedOverHeading(TextLines lines, int breakLine, boolean[] drop) {
        int blockStart = -1;
        int seen = 0;
        for (int i = breakLine + 1; i < lines.count() && seen < NEAR_BREAK; i++) {
            if (lines.isBlank(i)) {
                blockStart = -1;
                continue;
            }
            if (isBreak(lines, i)) {
                return;
            }
            seen++;
            blockStart = blockStart < 0 ? i : blockStart;
            int from = lines.firstNonSpace(i);
            int to = lines.trimmedEnd(i);
            if (to - from <= MAX_CARRIED_OVER_HEADING && endsWithContinued(lines.text(), from, to)) {
                for (int k = blockStart; k <= i; k++) {
                    drop[k] = true;
                }
                return;
            }
        }
    }

    /** Longest line read as a heading carried over: longer ones are sentences that happen to end so. */
    private static final int MAX_CARRIED_OVER_HEADING = 200;

    /** "... (Continued)", "... - continued", "... (cont'd)": the mark a carried-over heading ends with. */
    static boolean endsWithContinued(String text, int from, int to) {
        int end = to;
        while (end > from && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ':' || text.charAt(end - 1) == ')')) {
            end--;
        }
        int word = end;
        while (word > from && (Character.isLetter(text.charAt(word - 1)) || text.charAt(word - 1) == '\''
                || text.charAt(word - 1) == '\u2019')) {
            word--;
        }
        String mark = AsciiCase.lowerCase(text.substring(word, end));
        if (!mark.equals("continued") && !mark.equals("cont'd") && !mark.equals("cont\u2019d") && !mark.equals("cont")) {
            return false;
        }
        int before = word;
        while (before > from && text.charAt(before - 1) == ' ') {
            before--;
        }
        if (before == from) {
            return true; // "(Continued)" alone: the word began the line, or only "(" came before it
        }
        char c = text.charAt(before - 1);
        return c == '(' || c == '-' || c == '\u2013' || c == '\u2014' || c == ',' || c == '[';
    }

    /** Drops page numbers and back links next to a page break, walking away from it by {@code step}. */
    private static void dropFurnitureTowards(TextLines lines, int breakLine, int step, boolean[] drop) {
        int seen = 0;
        for (int i = breakLine + step; i >= 0 && i < lines.count() && seen < NEAR_BREAK; i += step) {
            if (lines.isBlank(i)) {
                continue;
            }
            if (isBreak(lines, i)) {
                break;
            }
            seen++;
            String line = lines.line(i).strip();
            if (isPageNumber(line) || isBackLink(line)) {
                drop[i] = true;
            } else {
                break;
            }
        }
    }

    private static void dropRunningHeaders(TextLines lines, Map<String, Integer> pageTops, boolean[] drop) {
        for (int i = 0; i < lines.count(); i++) {
            if (!isBreak(lines, i)) {
                continue;
            }
            int top = lines.nextNonBlank(i);
            if (top < 0 || drop[top]) {
                continue;
            }
            if (isRunning(lines.line(top).strip(), pageTops)) {
                drop[top] = true;
            }
        }
    }

    /** The last line of a page, when the last lines of many pages read the same but for their page numbers. */
    private static void dropRunningFooters(TextLines lines, Map<String, Integer> pageBottoms, boolean[] drop) {
        for (int i = 0; i < lines.count(); i++) {
            if (!isBreak(lines, i)) {
                continue;
            }
            int bottom = lines.previousNonBlank(i);
            if (bottom < 0 || drop[bottom]) {
                continue;
            }
            // Only a footer that carries the page number: the same words closing many pages ("None.") may be text.
            String line = lines.line(bottom).strip();
            if (!runningKey(line).equals(line) && isRunning(line, pageBottoms)) {
                drop[bottom] = true;
            }
        }
    }

    private static boolean isRunning(String line, Map<String, Integer> repeats) {
        String key = runningKey(line);
        return line.length() < 100 && key.length() >= 4 && repeats.getOrDefault(key, 0) >= RUNNING_HEADER_MIN_REPEATS
                && !line.regionMatches(true, 0, "item", 0, 4) && !line.regionMatches(true, 0, "part", 0, 4);
    }

    /**
     * A running line without its page number, so that every page's copy gives the same key: a trailing number of
     * up to four digits after a space or a bar, and the separators before it, are cut ("Apple Inc. | 2024 Form
     * 10-K | 18" to "Apple Inc. | 2024 Form 10-K"). "Total 1,234" keeps its number: a comma is no separator.
     */
    static String runningKey(String line) {
        int end = line.length();
        int digits = 0;
        while (end > 0 && Character.isDigit(line.charAt(end - 1)) && digits < 5) {
            end--;
            digits++;
        }
        if (digits == 0 || digits > 4 || end == 0 || (line.charAt(end - 1) != ' ' && line.charAt(end - 1) != '|')) {
            return line;
        }
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '|' || line.charAt(end - 1) == '-'
                || line.charAt(end - 1) == '\u2013' || line.charAt(end - 1) == '\u2014')) {
            end--;
        }
        return line.substring(0, end);
    }

    /**
     * The length half of {@link #isPageNumber}, read in place: most lines are blank or longer than a page number,
     * and this rules them out before their neighbours are looked at or the line is copied.
     */
    private static boolean isShortAndNotBlank(TextLines lines, int i) {
        int length = lines.trimmedEnd(i) - lines.firstNonSpace(i);
        return length > 0 && length <= 20;
    }

    private static boolean isIsolated(TextLines lines, int i) {
        boolean blankBefore = i == 0 || lines.isBlank(i - 1);
        boolean blankAfter = i + 1 >= lines.count() || lines.isBlank(i + 1);
        return blankBefore && blankAfter;
    }

    static boolean isPageNumber(String line) {
        return !line.isEmpty() && line.length() <= 20 && PAGE_NUMBER.matcher(line).matches()
                && !line.equalsIgnoreCase("i") && containsPageDigitOrNumeral(line);
    }

    private static boolean containsPageDigitOrNumeral(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = Character.toLowerCase(line.charAt(i));
            if (Character.isDigit(c) || c == 'i' || c == 'v' || c == 'x') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBackLink(String line) {
        // Every back-link key starts with one of these: most lines are rejected without building a key.
        char first = TitleKey.firstChar(line, 0, line.length());
        if (first != 't' && first != 'b' && first != 'r' && first != 'i' && first != 'c') {
            return false;
        }
        String key = TitleKey.of(line, 0, line.length(), "returntotableofcontents".length() + 1);
        return key.equals("tableofcontents") || key.equals("backtocontents") || key.equals("returntotableofcontents")
                || key.equals("backtotableofcontents") || key.equals("index") || key.equals("contents");
    }

    /** The lines kept, indexed as they are joined: every extractor reads the result by line. */
    private static TextLines join(TextLines lines, boolean[] drop) {
        String text = lines.text();
        TextLines.Writer out = new TextLines.Writer(text.length(), lines.count());
        boolean lastBlank = true;
        for (int i = 0; i < lines.count(); i++) {
            if (drop[i]) {
                continue;
            }
            boolean blank = lines.isBlank(i);
            if (blank) {
                if (!lastBlank) {
                    out.blankLine();
                }
            } else {
                out.line(lines, i);
            }
            lastBlank = blank;
        }
        return out.lines();
    }
}
