package dev.edgarlive.store;

/**
 * How long a stored text is, and how it begins: what a listing shows of an item or exhibit without paying for
 * its full text.
 *
 * @param length  the full text's length in characters
 * @param excerpt its first characters (the whole text when it is short); {@link #complete()} tells which
 */
public record TextExtent(long length, String excerpt) {

    public TextExtent {
        if (length < 0 || excerpt == null || excerpt.length() > length) {
            throw new IllegalArgumentException("an excerpt cannot be longer than its text");
        }
    }

    /** True when the excerpt is the whole text. */
    public boolean complete() {
        return excerpt.length() == length;
    }
}
