package dev.edgarlive.parser.render;

import java.util.Arrays;

/**
 * The HTML elements open at the current point of a document, as an array (not recursion, so 100,000 nested
 * {@code <div>}s cost memory, not stack), each with its {@link ElementKind} bits and the flags rendering set on it
 * when it opened. Searches for an element to close look at most {@link #SEARCH_DEPTH} elements down and stop at a
 * scope boundary, as the HTML parsing rules do, so a stray end tag costs a bounded amount, never a walk down the
 * whole stack.
 */
final class OpenElements {

    /** How far down a search for an element to close looks (jsoup bounds its scope searches the same way). */
    static final int SEARCH_DEPTH = 100;

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

    int flags(int index) {
        return flags[index];
    }

    /** Forgets the top element; the caller has done what its end means. */
    void pop() {
        names[--size] = null;
    }

    /** Index of the nearest open element of one of the kinds, within the scope; -1 when there is none. */
    int find(int kinds, int scope) {
        int floor = Math.max(0, size - SEARCH_DEPTH);
        for (int i = size - 1; i >= floor; i--) {
            if ((flags[i] & kinds) != 0) {
                return i;
            }
            if ((flags[i] & scope) != 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Index of the nearest open element of that name, within the scope; -1 when there is none. */
    int find(String name, int scope) {
        int floor = Math.max(0, size - SEARCH_DEPTH);
        for (int i = size - 1; i >= floor; i--) {
            if (names[i].equals(name)) {
                return i;
            }
            if ((flags[i] & scope) != 0) {
                return -1;
            }
        }
        return -1;
    }
}
