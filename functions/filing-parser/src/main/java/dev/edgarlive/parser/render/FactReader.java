package dev.edgarlive.parser.render;

import java.util.HashMap;
import java.util.Map;

/**
 * The inline XBRL {@code dei:} facts of a document ({@code <ix:nonNumeric name="dei:EntityRegistrantName">}), read
 * while the document is rendered, hidden ones included: the value is the element's text, white space collapsed.
 * Facts nest ("September 28" as the fiscal year end inside "September 28, 2024" as the period end), so the open
 * ones share one buffer, each remembering where its text began; the first value of a name wins.
 */
final class FactReader {

    /** Deeper nesting than this is not a cover fact; its inner facts are ignored. */
    private static final int MAX_NESTED = 8;

    private final Map<String, String> found = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final int[] elements = new int[MAX_NESTED];
    private final int[] starts = new int[MAX_NESTED];
    private final String[] names = new String[MAX_NESTED];
    private int open;

    /** An {@code ix:non...} element opens at {@code element} of the open elements; its name attribute is at from-to. */
    void start(String source, int nameFrom, int nameTo, int element) {
        if (nameFrom < 0 || nameTo - nameFrom <= 4 || !source.startsWith("dei:", nameFrom) || open == MAX_NESTED) {
            return;
        }
        String name = source.substring(nameFrom + 4, nameTo);
        if (found.containsKey(name)) {
            return;
        }
        elements[open] = element;
        starts[open] = text.length();
        names[open] = name;
        open++;
    }

    boolean reading() {
        return open > 0;
    }

    void character(char c) {
        if (open > 0) {
            text.append(c);
        }
    }

    /** A block starts or ends inside a fact: its words are apart. */
    void wordBreak() {
        if (open > 0) {
            text.append(' ');
        }
    }

    /** The element at {@code element} closes; returns whether it was a fact being read. */
    boolean end(int element) {
        if (open == 0 || elements[open - 1] != element) {
            return false;
        }
        open--;
        found.putIfAbsent(names[open], TextLineBuilder.collapse(text.subSequence(starts[open], text.length())));
        if (open == 0) {
            text.setLength(0);
        }
        return true;
    }

    Map<String, String> found() {
        return found;
    }
}
