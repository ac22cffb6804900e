package dev.edgarlive.parser.render;

import dev.edgarlive.parser.text.AsciiCase;

/**
 * What an element's {@code style} attribute says that matters for its text: hidden ({@code display:none}), or a
 * page break before or after it. Read in place from the source, without copying: nearly every element of a
 * modern filing has a style, and nearly none of them says any of this.
 */
final class InlineStyle {

    private InlineStyle() {
    }

    static boolean hides(String text, int from, int to) {
        return declares(text, from, to, "display", "none", "none");
    }

    static boolean breaksPageBefore(String text, int from, int to) {
        return declares(text, from, to, "break-before", "always", "page");
    }

    static boolean breaksPageAfter(String text, int from, int to) {
        return declares(text, from, to, "break-after", "always", "page");
    }

    /**
     * Whether the style puts room beside an inline element, so that its text and the text next to it read as
     * separate words however they touch in the source: a positive horizontal margin or padding ({@code
     * margin-left:36pt}, {@code padding:0 5.4pt}), a tab stop ({@code mso-tab-count:1}), or the width of an inline
     * block. "Item 5.07" and "Submission of Matters" in two {@code <font>}s with a margin between them are two
     * words, as a browser shows them, not "Item 5.07Submission".
     *
     * <p>Read declaration by declaration, looking closer only at property names that start as these do, since
     * nearly every inline element of a modern filing has a style and nearly none sets any of these.
     */
    static boolean spacesApart(String text, int from, int to) {
        if (from < 0) {
            return false;
        }
        boolean inlineBlock = false;
        boolean width = false;
        int p = from;
        while (p < to) {
            int end = p;
            while (end < to && text.charAt(end) != ';') {
                end++;
            }
            int name = skipSpaces(text, p, end);
            int colon = name;
            while (colon < end && text.charAt(colon) != ':') {
                colon++;
            }
            if (colon > name && colon < end) {
                int value = skipSpaces(text, colon + 1, end);
                char first = AsciiCase.lower(text.charAt(name));
                if (first == 'm' || first == 'p') {
                    if (spacingDeclared(text, name, colon, value, end)) {
                        return true;
                    }
                } else if (first == 'd' && AsciiCase.startsWith(text, name, colon, "display")) {
                    inlineBlock = AsciiCase.startsWith(text, value, end, "inline-block");
                } else if (first == 'w' && AsciiCase.startsWith(text, name, colon, "width")) {
                    width = positiveLength(text, value, end);
                }
            }
            p = end + 1;
        }
        return inlineBlock && width;
    }

    /** {@code margin-left}, {@code padding-right}, their shorthands or {@code mso-tab-count}, with room in them. */
    private static boolean spacingDeclared(String text, int name, int colon, int value, int end) {
        int nameEnd = colon;
        while (nameEnd > name && HtmlTag.isWhitespace(text.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        for (String side : SIDES) {
            if (is(text, name, nameEnd, side)) {
                return positiveLength(text, value, end);
            }
        }
        return (is(text, name, nameEnd, "margin") || is(text, name, nameEnd, "padding"))
                && horizontalInShorthand(text, value, end);
    }

    private static final String[] SIDES = {"margin-left", "margin-right", "padding-left", "padding-right",
            "mso-tab-count"};

    /** The property name between {@code from} and {@code to} is {@code name}, ignoring ASCII case. */
    private static boolean is(String text, int from, int to, String name) {
        return to - from == name.length() && AsciiCase.startsWith(text, from, to, name);
    }

    /**
     * The horizontal sides of a {@code margin} or {@code padding} shorthand: all of one value, the second of two or
     * three, the second or fourth of four.
     */
    private static boolean horizontalInShorthand(String text, int value, int end) {
        int[] starts = new int[4];
        int count = 0;
        int p = value;
        while (p < end && count < 4) {
            p = skipSpaces(text, p, end);
            if (p >= end) {
                break;
            }
            starts[count++] = p;
            while (p < end && !HtmlTag.isWhitespace(text.charAt(p))) {
                p++;
            }
        }
        return switch (count) {
            case 1 -> positiveLength(text, starts[0], end);
            case 2, 3 -> positiveLength(text, starts[1], end);
            case 4 -> positiveLength(text, starts[1], end) || positiveLength(text, starts[3], end);
            default -> false;
        };
    }

    /** A length or count above zero at {@code p}: "36pt", "0.5in", "1"; not "0", "0pt", "-2pt", "auto". */
    private static boolean positiveLength(String text, int p, int end) {
        if (p < end && text.charAt(p) == '+') {
            p++;
        }
        while (p < end && (Character.isDigit(text.charAt(p)) || text.charAt(p) == '.')) {
            if (text.charAt(p) != '0' && text.charAt(p) != '.') {
                return true;
            }
            p++;
        }
        return false;
    }

    /**
     * Whether the style sets a property (ending in {@code property}, so "break-before" also finds
     * "page-break-before") to either value, ignoring case and spaces around the colon.
     */
    private static boolean declares(String text, int from, int to, String property, String value, String otherValue) {
        if (from < 0) {
            return false;
        }
        char first = property.charAt(0);
        int last = to - property.length();
        for (int i = from; i <= last; i++) {
            if (AsciiCase.lower(text.charAt(i)) == first && AsciiCase.startsWith(text, i, to, property)) {
                int p = skipSpaces(text, i + property.length(), to);
                if (p < to && text.charAt(p) == ':') {
                    p = skipSpaces(text, p + 1, to);
                    if (AsciiCase.startsWith(text, p, to, value) || AsciiCase.startsWith(text, p, to, otherValue)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int p, int to) {
        while (p < to && HtmlTag.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }
}
