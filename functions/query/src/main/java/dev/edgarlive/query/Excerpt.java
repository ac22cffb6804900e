package dev.edgarlive.query;

/** The first few hundred characters of a text, cut at a word boundary where one is near. */
final class Excerpt {

    static final int LENGTH = 300;

    private Excerpt() {
    }

    static String of(String text) {
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH);
        return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH);
    }
}
