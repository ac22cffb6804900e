package dev.edgarlive.parser;

import java.util.Arrays;
import java.util.Set;

/**
 * The HTML elements open at the current point of a document, as an array (not recursion, so 100,000 nested
 * {@code <div>}s cost memory, not stack), each with the flags rendering set on it when it opened. Searches for
 * an element to close look at most {@link #SEARCH_DEPTH} elements down and stop at a scope boundary, as the
 * HTML parsing rules do, so a stray end tag costs a bounded amount, never a walk down the whole stack.
 */
final class OpenElements {

    /** How far down a search for an element to close looks (jsoup bounds its scope searches the same way). */
    static final int SEARCH_DEPTH = 100;

    /** Elements across which an end tag or implied end never closes anything. */
    static final Set<String> DEFAULT_SCOPE = Set.of(
            "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");
    static final Set<String> BUTTON_SCOPE = union(DEFAULT_SCOPE, "button");
    static final Set<String> LIST_ITEM_SCOPE = union(DEFAULT_SCOPE, "ol", "ul");
    static final Set<String> TABLE_SCOPE = Set.of("html", "table", "template");

    private String[] names = new String[64];
    private int[] flags = new int[64];
    private int size;

    void push(String name, int elementFlags) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
        }
        names[size] = name;
        flags[size] = elementFlags;
        size++;
    }

    int size() {
        return size;
    }

    String name(int index) {
        return names[index];
    }

    int flags(int index) {
        return flags[index];
    }

    /** Forgets the top element; the caller has done what its end means. */
    void pop() {
        names[--size] = null;
    }

    /** Index of the nearest open element with one of the names, within the scope; -1 when there is none. */
    int find(Set<String> targets, Set<String> scope) {
        int floor = Math.max(0, size - SEARCH_DEPTH);
        for (int i = size - 1; i >= floor; i--) {
            String name = names[i];
            if (targets.contains(name)) {
                return i;
            }
            if (scope.contains(name)) {
                return -1;
            }
        }
        return -1;
    }

    /** Index of the nearest open element of that name, within the scope; -1 when there is none. */
    int find(String target, Set<String> scope) {
        int floor = Math.max(0, size - SEARCH_DEPTH);
        for (int i = size - 1; i >= floor; i--) {
            String name = names[i];
            if (name.equals(target)) {
                return i;
            }
            if (scope.contains(name)) {
                return -1;
            }
        }
        return -1;
    }

    private static Set<String> union(Set<String> base, String... more) {
        String[] all = Arrays.copyOf(base.toArray(new String[0]), base.size() + more.length);
        System.arraycopy(more, 0, all, base.size(), more.length);
        return Set.of(all);
    }
}
