package dev.edgarlive.parser.render;

/**
 * The lines an HTML document renders to, built one character at a time: runs of white space become one space,
 * a line ends only where a block ends or a {@code <br>} stands, and two block boundaries in a row leave one blank
 * line (a paragraph break) but never more. Preformatted text keeps its own line breaks.
 */
final class TextLineBuilder {

    private final StringBuilder out;
    /** Whether the line being built has visible text, and whether a space is owed before the next word. */
    private boolean lineHasText;
    private boolean pendingSpace;

    TextLineBuilder(int expectedLength) {
        out = new StringBuilder(expectedLength);
    }

    /** A character of flowing text. */
    void character(char c) {
        if (isSpace(c)) {
            pendingSpace = true;
        } else if (c != '\u200B' && c != '\u00AD' && c != '\uFEFF') {
            if (pendingSpace && lineHasText) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
            lineHasText = true;
        }
    }

    /** A character inside {@code <pre>}: its line feeds end lines, its spaces stay. */
    void preformatted(char c) {
        if (c == '\n') {
            endLine();
        } else if (c == '\f') {
            pageBreak();
        } else if (c != '\r') {
            out.append(c == '\u00A0' || c == '\t' ? ' ' : c);
            lineHasText |= c != ' ';
        }
    }

    /** A table cell opens: cells of one row stay on one line, two spaces apart, so "Item 2.02 | Title" reads as one heading. */
    void cellStart() {
        if (lineHasText) {
            out.append("  ");
            pendingSpace = false;
        }
    }

    /** A table cell closes: the next cell's text is a new word. */
    void cellEnd() {
        wordBreak();
    }

    /** What comes next is a new word: a space is owed before it, unless a line or cell starts first. */
    void wordBreak() {
        pendingSpace = true;
    }

    void endLine() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        if (lineHasText) {
            out.append('\n');
        } else if (end > 0 && out.charAt(end - 1) == '\n' && (end < 2 || out.charAt(end - 2) != '\n')) {
            out.append('\n');
        }
        lineHasText = false;
        pendingSpace = false;
    }

    void pageBreak() {
        endLine();
        out.append(RenderedText.PAGE_BREAK).append('\n');
    }

    String text() {
        return out.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f' || c == '\u2002'
                || c == '\u2003' || c == '\u2009' || c == '\u202F';
    }

    /** White space runs to one space, trimmed: how an inline XBRL fact's value is kept. */
    static String collapse(CharSequence value) {
        StringBuilder s = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                space = s.length() > 0;
            } else {
                if (space) {
                    s.append(' ');
                }
                space = false;
                s.append(c);
            }
        }
        return s.toString();
    }
}
