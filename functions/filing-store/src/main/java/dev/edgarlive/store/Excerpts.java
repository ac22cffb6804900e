package dev.edgarlive.store;

/** The beginning of a text, cut at a word boundary where one is near, for rows that must stay small. */
final class Excerpts {

    static final int LENGTH = 400;

    private Excerpts() {
    }

    static TextExtent of(String text) {
        if (text.length() <= LENGTH) {
            return new TextExtent(text.length(), text);
        }
        int end = LENGTH;
        // Do not split a surrogate pair: the excerpt must be valid UTF-16 to survive the round trip.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > LENGTH * 3 / 4) {
            end = space;
        }
        return new TextExtent(text.length(), text.substring(0, end));
    }
}
