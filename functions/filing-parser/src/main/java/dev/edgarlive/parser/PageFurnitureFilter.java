package dev.edgarlive.parser;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what belongs to the page, not the text: page-break markers, page numbers ("2", "-2-", "Page 2 of 5",
 * "F-3"), "Table of Contents" back-links at page tops, and running headers repeated at the top of many pages.
 * Collapses runs of blank lines to one. The result has no page-break markers left.
 */
final class PageFurnitureFilter {

    /** Applied to short, trimmed lines only. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s+)?[-\u2013\u2014]?\\s*(?:[A-Z]-)?(?:\\d{1,3}|[ivxl]{1,6})\\s*[-\u2013\u2014]?"
                    + "(?:\\s+of\\s+\\d{1,3})?");
    private static final int NEAR_BREAK = 3;
    private static final int RUNNING_HEADER_MIN_REPEATS = 3;

    String clean(String rendered) {
        TextLines lines = new TextLines(rendered);
        int n = lines.count();
        boolean[] drop = new boolean[n];
        Map<String, Integer> pageTops = new HashMap<>();
        boolean anyBreak = false;
        for (int i = 0; i < n; i++) {
            if (isBreak(lines, i)) {
                anyBreak = true;
                drop[i] = true;
                dropFurnitureNear(lines, i, drop);
                int top = lines.nextNonBlank(i);
                if (top >= 0 && !isBreak(lines, top)) {
                    pageTops.merge(lines.line(top).strip(), 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!drop[i] && isIsolated(lines, i) && isPageNumber(lines.line(i).strip())) {
                drop[i] = true;
            }
        }
        if (anyBreak) {
            dropRunningHeaders(lines, pageTops, drop);
        }
        return join(lines, drop);
    }

    private static boolean isBreak(TextLines lines, int i) {
        int start = lines.start(i);
        return lines.end(i) - start == 1 && lines.text().charAt(start) == RenderedText.PAGE_BREAK;
    }

    private static void dropFurnitureNear(TextLines lines, int breakLine, boolean[] drop) {
        int seen = 0;
        for (int i = breakLine - 1; i >= 0 && seen < NEAR_BREAK; i--) {
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
        seen = 0;
        for (int i = breakLine + 1; i < lines.count() && seen < NEAR_BREAK; i++) {
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
            String line = lines.line(top).strip();
            if (line.length() < 100 && pageTops.getOrDefault(line, 0) >= RUNNING_HEADER_MIN_REPEATS
                    && !line.regionMatches(true, 0, "item", 0, 4)) {
                drop[top] = true;
            }
        }
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
        String key = TitleKey.of(line, 0, line.length(), "returntotableofcontents".length() + 1);
        return key.equals("tableofcontents") || key.equals("backtocontents") || key.equals("returntotableofcontents")
                || key.equals("backtotableofcontents") || key.equals("index") || key.equals("contents");
    }

    private static String join(TextLines lines, boolean[] drop) {
        String text = lines.text();
        StringBuilder out = new StringBuilder(text.length());
        boolean lastBlank = true;
        for (int i = 0; i < lines.count(); i++) {
            if (drop[i]) {
                continue;
            }
            boolean blank = lines.isBlank(i);
            if (blank) {
                if (!lastBlank) {
                    out.append('\n');
                }
            } else {
                out.append(text, lines.start(i), lines.end(i)).append('\n');
            }
            lastBlank = blank;
        }
        return out.toString();
    }
}
