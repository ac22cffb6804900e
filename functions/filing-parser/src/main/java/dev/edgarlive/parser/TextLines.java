package dev.edgarlive.parser;

import java.util.Arrays;

/**
 * A rendered text addressed by line: the offsets of each line's start, computed once with {@code indexOf}.
 * Lines are read as substrings only when an extractor needs one; scans compare regions in place.
 */
final class TextLines {

    private final String text;
    private final int[] starts;
    private final int count;

    TextLines(String text) {
        this.text = text;
        int[] found = new int[Math.max(16, text.length() / 40)];
        int n = 0;
        int at = 0;
        while (at < text.length()) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = at;
            int newline = text.indexOf('\n', at);
            at = newline < 0 ? text.length() : newline + 1;
        }
        this.starts = found;
        this.count = n;
    }

    private TextLines(String text, int[] starts, int count) {
        this.text = text;
        this.starts = starts;
        this.count = count;
    }

    String text() {
        return text;
    }

    int count() {
        return count;
    }

    int start(int line) {
        return line >= count ? text.length() : starts[line];
    }

    /** End of the line's content, before its line feed. */
    int end(int line) {
        if (line + 1 >= count) {
            int end = text.length();
            return end > start(line) && text.charAt(end - 1) == '\n' ? end - 1 : end;
        }
        return starts[line + 1] - 1;
    }

    String line(int line) {
        return text.substring(start(line), end(line));
    }

    boolean isBlank(int line) {
        int end = end(line);
        for (int i = start(line); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the first non-space character of a line, or its end when it is blank. */
    int firstNonSpace(int line) {
        int end = end(line);
        int i = start(line);
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End of the line's content without its trailing white space (its start when it is blank). */
    int trimmedEnd(int line) {
        int start = start(line);
        int end = end(line);
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The line index holding an offset (binary search over the starts). */
    int lineAt(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    int previousNonBlank(int line) {
        int i = line - 1;
        while (i >= 0 && isBlank(i)) {
            i--;
        }
        return i;
    }

    int nextNonBlank(int line) {
        int i = line + 1;
        while (i < count && isBlank(i)) {
            i++;
        }
        return i < count ? i : -1;
    }

    /**
     * Writes a text line by line and indexes it as it goes: a stage that rebuilds a text from lines (the
     * page-furniture filter) hands on its line index instead of leaving the next stage to search it again.
     */
    static final class Writer {

        private final StringBuilder text;
        private int[] starts;
        private int count;

        Writer(int expectedLength, int expectedLines) {
            text = new StringBuilder(expectedLength);
            starts = new int[Math.max(16, expectedLines)];
        }

        /** Appends a line of {@code source} (from, to: without its line feed) and a line feed. */
        Writer line(CharSequence source, int from, int to) {
            startLine();
            text.append(source, from, to).append('\n');
            return this;
        }

        Writer blankLine() {
            startLine();
            text.append('\n');
            return this;
        }

        private void startLine() {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = text.length();
        }

        TextLines lines() {
            return new TextLines(text.toString(), starts, count);
        }
    }
}
