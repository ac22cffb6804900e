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
