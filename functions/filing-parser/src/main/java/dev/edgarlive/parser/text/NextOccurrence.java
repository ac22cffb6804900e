package dev.edgarlive.parser.text;

/**
 * Where a rare character (a form feed, a tab) or a rare run (two spaces) next occurs in a slice of text read
 * from start to end. It is searched for again only once the reader has passed it, so a whole slice costs one
 * {@code indexOf} pass however many lines ask: a search from every line would read to the next occurrence each
 * time, quadratic in a long document that has none, and a character-by-character test in every line costs more
 * than the search.
 */
public final class NextOccurrence {

    /** Not searched for yet: the first search waits for the first question, which may never come. */
    private static final int UNSEARCHED = -2;

    private final String text;
    /** A run of characters to find, or null when a single character is wanted. */
    private final String wantedRun;
    private final char wanted;
    private final int start;
    private final int end;
    /** The occurrence found last, -1 once there is none left before {@link #end}, or {@link #UNSEARCHED}. */
    private int found = UNSEARCHED;

    public NextOccurrence(String text, char wanted, int start, int end) {
        this(text, null, wanted, start, end);
    }

    public NextOccurrence(String text, String wantedRun, int start, int end) {
        this(text, wantedRun, '\0', start, end);
    }

    private NextOccurrence(String text, String wantedRun, char wanted, int start, int end) {
        this.text = text;
        this.wantedRun = wantedRun;
        this.wanted = wanted;
        this.start = start;
        this.end = end;
    }

    /**
     * The first occurrence at or after {@code from}, or -1 when there is none before the slice's end. Callers read
     * forwards: {@code from} never decreases from one call to the next.
     */
    public int atOrAfter(int from) {
        if (found == UNSEARCHED || (found >= 0 && found < from)) {
            found = search(Math.max(start, from));
        }
        return found;
    }

    private int search(int from) {
        int at = wantedRun == null ? text.indexOf(wanted, from) : text.indexOf(wantedRun, from);
        return at < end ? at : -1;
    }
}
