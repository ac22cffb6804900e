package dev.edgarlive.parser;

/** An item's slice of text made readable: lines trimmed, inner space runs kept (tables), blank runs collapsed. */
final class ItemText {

    private ItemText() {
    }

    static String clean(String text, int from, int until) {
        int to = Math.min(until, text.length());
        StringBuilder out = new StringBuilder(Math.max(0, to - from));
        int lineStart = from;
        boolean lastBlank = true;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            int a = lineStart;
            int b = lineEnd;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (a == b) {
                if (!lastBlank) {
                    out.append('\n');
                }
                lastBlank = true;
            } else {
                out.append(text, a, b).append('\n');
                lastBlank = false;
            }
            lineStart = lineEnd + 1;
        }
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }
}
