package dev.edgarlive.parser.text;

/**
 * Case-insensitive matching of ASCII words (tag names, style properties, cover captions) in place. Only A-Z are
 * folded: every word matched is ASCII, offsets stay those of the source, and it is several times cheaper than
 * {@link String#toLowerCase()} or {@code regionMatches(true, ...)}, which fold every character through Unicode tables.
 */
public final class AsciiCase {

    private AsciiCase() {
    }

    public static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Whether {@code text} holds {@code lowerCaseWord} at {@code at}, ignoring ASCII case, without passing {@code end}. */
    public static boolean startsWith(String text, int at, int end, String lowerCaseWord) {
        if (at < 0 || at + lowerCaseWord.length() > end) {
            return false;
        }
        for (int k = 0; k < lowerCaseWord.length(); k++) {
            if (lower(text.charAt(at + k)) != lowerCaseWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public static boolean contains(String text, int from, int end, String lowerCaseWord) {
        char first = lowerCaseWord.charAt(0);
        for (int i = from; i + lowerCaseWord.length() <= end; i++) {
            if (lower(text.charAt(i)) == first && startsWith(text, i, end, lowerCaseWord)) {
                return true;
            }
        }
        return false;
    }

    /** The string with A-Z lowered; the same instance when it has none. */
    public static String lowerCase(String line) {
        int i = 0;
        while (i < line.length() && !(line.charAt(i) >= 'A' && line.charAt(i) <= 'Z')) {
            i++;
        }
        if (i == line.length()) {
            return line;
        }
        char[] chars = line.toCharArray();
        for (; i < chars.length; i++) {
            chars[i] = lower(chars[i]);
        }
        return new String(chars);
    }
}
