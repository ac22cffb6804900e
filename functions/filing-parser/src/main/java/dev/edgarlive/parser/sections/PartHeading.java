package dev.edgarlive.parser.sections;

import dev.edgarlive.parser.text.NextOccurrence;

/** "PART I", "Part II - Other Information": the part a 10-Q's following items belong to. */
final class PartHeading {

    private PartHeading() {
    }

    /** The roman numeral of a part heading starting at p, or null when the line is not one. */
    static String partNamedAt(String text, int p, int end) {
        int numeralEnd = numeralEnd(text, p, end);
        if (numeralEnd < 0) {
            return null;
        }
        int numeralStart = p + 4;
        while (text.charAt(numeralStart) == ' ') {
            numeralStart++;
        }
        return text.substring(numeralStart, numeralEnd).toUpperCase();
    }

    /** The longest title a part heading run into a line may carry: "OTHER INFORMATION", "Financial Information". */
    private static final int MAX_TITLE = 50;

    /**
     * Where the last part heading that begins inside a line, between {@code from} and {@code to}, starts; -1 when
     * there is none. Short items run together put the part heading in the line too: "None. PART II. OTHER
     * INFORMATION. Item 1. Legal Proceedings". It must follow the end of a sentence or of a table cell, be written
     * "PART" or "Part", and carry nothing but its title up to {@code to} (the next item heading, or the line's
     * end): "Part II. Item 7 of our annual report" is a cross-reference in prose, not a heading.
     *
     * @param capitalPs where the text's next "P" is, asked from {@code from} on (calls must move forwards)
     */
    static int lastInside(String text, int from, int to, NextOccurrence capitalPs) {
        int found = -1;
        for (int at = capitalPs.atOrAfter(from); at >= 0 && at < to; at = capitalPs.atOrAfter(at + 1)) {
            if (at > from && (text.startsWith("ART", at + 1) || text.startsWith("art", at + 1))
                    && followsSentenceOrCell(text, from, at) && onlyTitleAfter(text, numeralEnd(text, at, to), to)) {
                found = at;
            }
        }
        return found;
    }

    /** The offset just after the numeral of "PART II" at p, or -1 when p does not start a part heading. */
    private static int numeralEnd(String text, int p, int end) {
        if (end - p < 6 || !text.regionMatches(true, p, "part", 0, 4)) {
            return -1;
        }
        int q = p + 4;
        if (q >= end || text.charAt(q) != ' ') {
            return -1;
        }
        while (q < end && text.charAt(q) == ' ') {
            q++;
        }
        int numeralStart = q;
        while (q < end && "IVXivx".indexOf(text.charAt(q)) >= 0) {
            q++;
        }
        if (q == numeralStart || q - numeralStart > 4 || (q < end && Character.isLetterOrDigit(text.charAt(q)))) {
            return -1;
        }
        return q;
    }

    /** A sentence ended (".", ":", ";") or a cell did (two spaces or more) just before {@code at}. */
    private static boolean followsSentenceOrCell(String text, int from, int at) {
        int p = at;
        while (p > from && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (at - p >= 2) {
            return true;
        }
        char before = p > from ? text.charAt(p - 1) : ' ';
        return at - p == 1 && (before == '.' || before == ':' || before == ';');
    }

    /**
     * After the numeral, up to {@code to}: nothing, or a short title ("OTHER INFORMATION", "- Other Information")
     * after a separator or in capitals; no figures, and no word of four letters or more in lower case, as prose
     * has.
     */
    private static boolean onlyTitleAfter(String text, int numeralEnd, int to) {
        if (numeralEnd < 0 || to - numeralEnd > MAX_TITLE) {
            return false;
        }
        int p = numeralEnd;
        while (p < to && text.charAt(p) == ' ') {
            p++;
        }
        if (p < to) {
            char c = text.charAt(p);
            if (!(c == '.' || c == '-' || c == ':' || c == '\u2013' || c == '\u2014' || Character.isUpperCase(c))) {
                return false;
            }
        }
        boolean lowerCaseWord = false;
        int wordLength = 0;
        for (int i = p; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            if (i == p || !Character.isLetter(text.charAt(i - 1))) {
                lowerCaseWord = Character.isLowerCase(c);
                wordLength = 0;
            }
            wordLength++;
            if (lowerCaseWord && wordLength >= 4) {
                return false;
            }
        }
        return true;
    }
}
