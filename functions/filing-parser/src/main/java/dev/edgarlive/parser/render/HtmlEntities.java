package dev.edgarlive.parser.render;

import org.jsoup.nodes.Entities;

/**
 * Character references in HTML text: {@code &#150;}, {@code &#x2019;}, {@code &nbsp;}, {@code &amp}. Numbers are
 * decoded here, with the HTML rule that 128-159 mean their Windows-1252 characters (1990s filings write dashes
 * and quotes that way); names are looked up in jsoup's entity table, accepting a missing semicolon only for the
 * legacy names HTML accepts so.
 */
final class HtmlEntities {

    /** Windows-1252 characters for references 0x80-0x9F; the unassigned ones stay as they are. */
    private static final char[] CP1252_HIGH = {
            '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
            '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
            '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
            '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};
    private static final int LONGEST_NAME = 32;

    private HtmlEntities() {
    }

    /**
     * Decodes the reference whose {@code &} is at {@code at} into {@code decoded} (cleared first) and returns the
     * offset after it; where no reference starts there, {@code decoded} holds the {@code &} itself.
     */
    static int read(String text, int at, int limit, StringBuilder decoded) {
        decoded.setLength(0);
        int p = at + 1;
        if (p < limit && text.charAt(p) == '#') {
            int after = number(text, p + 1, limit, decoded);
            if (after > 0) {
                return after;
            }
        } else {
            int after = named(text, p, limit, decoded);
            if (after > 0) {
                return after;
            }
        }
        decoded.setLength(0);
        decoded.append('&');
        return at + 1;
    }

    private static int number(String text, int p, int limit, StringBuilder decoded) {
        boolean hex = p < limit && (text.charAt(p) == 'x' || text.charAt(p) == 'X');
        int q = hex ? p + 1 : p;
        int digitsFrom = q;
        long value = 0;
        while (q < limit && q - digitsFrom < 8) {
            int digit = Character.digit(text.charAt(q), hex ? 16 : 10);
            if (digit < 0) {
                break;
            }
            value = value * (hex ? 16 : 10) + digit;
            q++;
        }
        if (q == digitsFrom) {
            return -1;
        }
        if (q < limit && text.charAt(q) == ';') {
            q++;
        }
        if (value >= 0x80 && value <= 0x9F) {
            decoded.append(CP1252_HIGH[(int) value - 0x80]);
        } else if (value == 0 || value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
            decoded.append('\uFFFD');
        } else {
            decoded.appendCodePoint((int) value);
        }
        return q;
    }

    /** Letters then digits ("frac12"), as HTML names run; a name needs its semicolon unless it is a legacy one. */
    private static int named(String text, int p, int limit, StringBuilder decoded) {
        int q = p;
        while (q < limit && q - p < LONGEST_NAME && isAsciiLetter(text.charAt(q))) {
            q++;
        }
        if (q == p) {
            return -1;
        }
        while (q < limit && q - p < LONGEST_NAME && Character.isDigit(text.charAt(q))) {
            q++;
        }
        boolean semicolon = q < limit && text.charAt(q) == ';';
        String value = common(text, p, q);
        if (value == null) {
            String name = text.substring(p, q);
            value = semicolon || Entities.isBaseNamedEntity(name) ? Entities.getByName(name) : "";
        }
        if (value.isEmpty()) {
            return -1;
        }
        decoded.append(value);
        return semicolon ? q + 1 : q;
    }

    /**
     * The references nearly every filing uses, decoded without a table look-up or a copy of the name (all are
     * legacy names, valid without a semicolon too).
     */
    private static String common(String text, int p, int q) {
        int length = q - p;
        if (length == 4 && text.startsWith("nbsp", p)) {
            return "\u00A0";
        }
        if (length == 3 && text.startsWith("amp", p)) {
            return "&";
        }
        if (length == 2 && text.startsWith("lt", p)) {
            return "<";
        }
        if (length == 2 && text.startsWith("gt", p)) {
            return ">";
        }
        if (length == 4 && text.startsWith("quot", p)) {
            return "\"";
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
