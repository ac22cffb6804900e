package dev.edgarlive.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A title reduced to lower-case letters and digits, so that "Other events." and "OTHER EVENTS" compare equal. */
final class TitleKey {

    private TitleKey() {
    }

    static String of(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of three letters or more, lower-cased, with a plural "s" dropped: "Costs" and "Cost" agree. */
    static List<String> words(String title) {
        List<String> words = new ArrayList<>();
        if (title == null) {
            return words;
        }
        for (String word : title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.length() >= 3) {
                words.add(word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }
}
