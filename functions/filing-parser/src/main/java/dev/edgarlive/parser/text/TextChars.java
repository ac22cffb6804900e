package dev.edgarlive.parser.text;

/**
 * {@link Character}'s letter and digit tests and its lower-casing, with ASCII answered by ranges. Scans that
 * look at every character of a document (is this paragraph prose or figures? what is this line's title key?)
 * are several times cheaper this way: {@code Character} looks every character up in its Unicode tables, and
 * nearly every character of a filing is ASCII. Characters outside ASCII get {@code Character}'s answer, so the
 * results are the same.
 */
public final class TextChars {

    private static final char FIRST_NON_ASCII = 0x80;

    private TextChars() {
    }

    public static boolean isLetter(char c) {
        if (c < FIRST_NON_ASCII) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }

    public static boolean isDigit(char c) {
        if (c < FIRST_NON_ASCII) {
            return c >= '0' && c <= '9';
        }
        return Character.isDigit(c);
    }

    static boolean isLetterOrDigit(char c) {
        if (c < FIRST_NON_ASCII) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    static char toLowerCase(char c) {
        if (c < FIRST_NON_ASCII) {
            return AsciiCase.lower(c);
        }
        return Character.toLowerCase(c);
    }
}
