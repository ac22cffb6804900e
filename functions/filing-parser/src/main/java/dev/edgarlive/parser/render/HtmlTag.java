package dev.edgarlive.parser.render;

import dev.edgarlive.parser.text.AsciiCase;

/**
 * One tag read from HTML source in place: its lower-case name, whether it closes or closes itself, where it ends,
 * and the offsets of the only two attributes rendering needs ({@code style}, and {@code name} for inline XBRL facts).
 * One instance is reused for every tag of a document; nothing is copied but the name, and common names are shared.
 */
final class HtmlTag {

    String name;
    /** The name's {@link ElementKind} bits. */
    int kind;
    boolean closing;
    boolean selfClosing;
    /** False when the source ends inside the tag (a truncated document): the tag is then dropped. */
    boolean complete;
    /** Offset just after the tag's {@code >}. */
    int end;
    int styleFrom;
    int styleTo;
    int nameFrom;
    int nameTo;

    /** Lower-case names seen before, and their kinds, by hash: a document repeats a few dozen names thousands of times. */
    private final String[] names = new String[256];
    private final int[] kinds = new int[256];

    /**
     * Reads the tag whose {@code <} is at {@code at}. Returns false when no tag starts there ("a < b"): the
     * {@code <} is then text. Attribute values may hold {@code >}; quotes are honoured.
     */
    boolean read(String text, int at, int limit) {
        closing = false;
        selfClosing = false;
        complete = false;
        styleFrom = -1;
        nameFrom = -1;
        int p = at + 1;
        if (p < limit && text.charAt(p) == '/') {
            closing = true;
            p++;
        }
        if (p >= limit || !isAsciiLetter(text.charAt(p))) {
            return false;
        }
        int nameStart = p;
        while (p < limit && !endsName(text.charAt(p))) {
            p++;
        }
        readName(text, nameStart, p);
        while (p < limit) {
            char c = text.charAt(p);
            if (c == '>') {
                complete = true;
                end = p + 1;
                return true;
            }
            if (c == '/' || isWhitespace(c)) {
                if (c == '/' && p + 1 < limit && text.charAt(p + 1) == '>') {
                    selfClosing = true;
                    complete = true;
                    end = p + 2;
                    return true;
                }
                p++;
                continue;
            }
            p = attribute(text, p, limit);
        }
        end = limit;
        return true;
    }

    /** Reads one attribute at p (name, optional value) and returns the offset after it. */
    private int attribute(String text, int p, int limit) {
        int keyStart = p;
        p++; // the first character belongs to the name whatever it is ("=" included), so p always advances
        while (p < limit && !endsAttributeName(text.charAt(p))) {
            p++;
        }
        int keyEnd = p;
        int q = skipWhitespace(text, p, limit);
        if (q >= limit || text.charAt(q) != '=') {
            return p;
        }
        q = skipWhitespace(text, q + 1, limit);
        if (q >= limit) {
            return q;
        }
        int valueFrom;
        int valueTo;
        int after;
        char quote = text.charAt(q);
        if (quote == '"' || quote == '\'') {
            valueFrom = q + 1;
            int close = text.indexOf(quote, valueFrom);
            if (close < 0 || close >= limit) {
                return limit;
            }
            valueTo = close;
            after = close + 1;
        } else {
            valueFrom = q;
            while (q < limit && !isWhitespace(text.charAt(q)) && text.charAt(q) != '>') {
                q++;
            }
            valueTo = q;
            after = q;
        }
        int keyLength = keyEnd - keyStart;
        if (keyLength == 5 && text.regionMatches(true, keyStart, "style", 0, 5)) {
            styleFrom = valueFrom;
            styleTo = valueTo;
        } else if (keyLength == 4 && text.regionMatches(true, keyStart, "name", 0, 4)) {
            nameFrom = valueFrom;
            nameTo = valueTo;
        }
        return after;
    }

    private void readName(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + AsciiCase.lower(text.charAt(i));
        }
        int slot = (hash ^ (hash >>> 8)) & (names.length - 1);
        String known = names[slot];
        if (known != null && sameName(known, text, from, to)) {
            name = known;
            kind = kinds[slot];
            return;
        }
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = AsciiCase.lower(text.charAt(i));
        }
        name = new String(chars);
        kind = ElementKind.of(name);
        names[slot] = name;
        kinds[slot] = kind;
    }

    private static boolean sameName(String known, String text, int from, int to) {
        if (known.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (known.charAt(i - from) != AsciiCase.lower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean endsName(char c) {
        return c == '>' || c == '/' || isWhitespace(c);
    }

    private static boolean endsAttributeName(char c) {
        return c == '=' || c == '>' || c == '/' || isWhitespace(c);
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static int skipWhitespace(String text, int p, int limit) {
        while (p < limit && isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }
}
