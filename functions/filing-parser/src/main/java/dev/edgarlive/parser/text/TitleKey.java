package dev.edgarlive.parser.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A title reduced to lower-case letters and digits, so that "Other events." and "OTHER EVENTS" compare equal. */
public final class TitleKey {

    /** Compiled once: {@code String.split} would compile it on every call. */
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^a-z0-9]+");

    private TitleKey() {
    }

    public static String of(String title) {
        if (title == null) {
            return "";
        }
        return of(title, 0, title.length(), Integer.MAX_VALUE);
    }

    /**
     * The key of a region of text, cut at {@code limit} characters. Callers that compare against short keys
     * ("signatures", "tableofcontents") run it on every line: a limit one longer than their longest key gives
     * the same answers without reading, or copying, the rest of a long line.
     */
    public static String of(CharSequence text, int from, int to, int limit) {
        StringBuilder key = new StringBuilder(Math.min(to - from, limit));
        for (int i = from; i < to && key.length() < limit; i++) {
            char c = text.charAt(i);
            if (TextChars.isLetterOrDigit(c)) {
                key.append(TextChars.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /**
     * The first character of the key {@link #of(CharSequence, int, int, int)} would build, or 0 for an empty key:
     * callers that test every line against a few keys reject most lines on it without building the key.
     */
    public static char firstChar(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (TextChars.isLetterOrDigit(c)) {
                return TextChars.toLowerCase(c);
            }
        }
        return 0;
    }

    /** The words of three letters or more, lower-cased, with a plural "s" dropped: "Costs" and "Cost" agree. */
    public static List<String> words(String title) {
        List<String> words = new ArrayList<>();
        if (title == null) {
            return words;
        }
        for (String word : NOT_LETTERS_OR_DIGITS.split(title.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 3) {
                words.add(word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }
}
