package dev.edgarlive.parser.text;

import java.util.Arrays;

/**
 * A rendered text addressed by line: the offsets of each line's start, and of its content without the white
 * space around it, computed once. Every stage walks the lines and asks whether one is blank or where its text
 * begins, many times over; the answers are array reads. Lines are read as substrings only when an extractor
 * needs one; scans compare regions in place.
 */
public final class TextLines {

    private final String text;
    private final int[] starts;
    /** Per line: the offset of its first non-space character, and the end of its content without trailing space. */
    private final int[] contentStarts;
    private final int[] contentEnds;
    private final int count;

    public TextLines(String text) {
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
        this.contentStarts = new int[n];
        this.contentEnds = new int[n];
        for (int line = 0; line < n; line++) {
            measure(line);
        }
    }

    private TextLines(String text, int[] starts, int[] contentStarts, int[] contentEnds, int count) {
        this.text = text;
        this.starts = starts;
        this.contentStarts = contentStarts;
        this.contentEnds = contentEnds;
        this.count = count;
    }

    /** Finds a line's content bounds. */
    private void measure(int line) {
        int first = skipWhiteSpace(text, start(line), end(line));
        contentStarts[line] = first;
        contentEnds[line] = trimWhiteSpace(text, first, end(line));
    }

    /** The first offset from {@code from} that is not white space, or {@code to}. */
    private static int skipWhiteSpace(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code to}, moved back over the white space that ends the region from {@code from}. */
    private static int trimWhiteSpace(CharSequence text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    public String text() {
        return text;
    }

    public int count() {
        return count;
    }

    public int start(int line) {
        return line >= count ? text.length() : starts[line];
    }

    /** End of the line's content, before its line feed. */
    public int end(int line) {
        if (line + 1 >= count) {
            int end = text.length();
            return end > start(line) && text.charAt(end - 1) == '\n' ? end - 1 : end;
        }
        return starts[line + 1] - 1;
    }

    public String line(int line) {
        return text.substring(start(line), end(line));
    }

    public boolean isBlank(int line) {
        return line >= count || contentStarts[line] == contentEnds[line];
    }

    /** Offset of the first non-space character of a line, or its end when it is blank. */
    public int firstNonSpace(int line) {
        return line >= count ? text.length() : contentStarts[line];
    }

    /** End of the line's content without its trailing white space (its start when it is blank). */
    public int trimmedEnd(int line) {
        return line >= count ? text.length() : contentEnds[line];
    }

    /** The line index holding an offset (binary search over the starts). */
    public int lineAt(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    public int previousNonBlank(int line) {
        int i = line - 1;
        while (i >= 0 && isBlank(i)) {
            i--;
        }
        return i;
    }

    public int nextNonBlank(int line) {
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
    public static final class Writer {

        private final StringBuilder text;
        private int[] starts;
        private int[] contentStarts;
        private int[] contentEnds;
        private int count;

        public Writer(int expectedLength, int expectedLines) {
            text = new StringBuilder(expectedLength);
            int lines = Math.max(16, expectedLines);
            starts = new int[lines];
            contentStarts = new int[lines];
            contentEnds = new int[lines];
        }

        /** Appends a line of another text, with its line feed; its content bounds come along, not measured again. */
        public Writer line(TextLines source, int line) {
            int from = source.start(line);
            int at = startLine();
            contentStarts[count - 1] = at + source.firstNonSpace(line) - from;
            contentEnds[count - 1] = at + source.trimmedEnd(line) - from;
            text.append(source.text(), from, source.end(line)).append('\n');
            return this;
        }

        public Writer blankLine() {
            int at = startLine();
            contentStarts[count - 1] = at;
            contentEnds[count - 1] = at;
            text.append('\n');
            return this;
        }

        /** Appends a line holding one character. */
        public Writer line(char c) {
            openLine();
            text.append(c);
            return closeLine();
        }

        /** Opens a line written in pieces with {@link #append}; {@link #closeLine} ends it. */
        public Writer openLine() {
            startLine();
            return this;
        }

        public Writer append(String source, int from, int to) {
            text.append(source, from, to);
            return this;
        }

        public Writer append(char c) {
            text.append(c);
            return this;
        }

        /** Ends the open line with a line feed, and measures its content. */
        public Writer closeLine() {
            int line = count - 1;
            int first = skipWhiteSpace(text, starts[line], text.length());
            contentStarts[line] = first;
            contentEnds[line] = trimWhiteSpace(text, first, text.length());
            text.append('\n');
            return this;
        }

        /** Opens the next line's entry and gives its start offset. */
        private int startLine() {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                contentStarts = Arrays.copyOf(contentStarts, count * 2);
                contentEnds = Arrays.copyOf(contentEnds, count * 2);
            }
            int at = text.length();
            starts[count++] = at;
            return at;
        }

        public TextLines lines() {
            return new TextLines(text.toString(), starts, contentStarts, contentEnds, count);
        }
    }
}
