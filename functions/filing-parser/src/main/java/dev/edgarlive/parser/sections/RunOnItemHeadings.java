package dev.edgarlive.parser.sections;

import dev.edgarlive.parser.text.AsciiCase;
import dev.edgarlive.parser.text.TextLines;

import java.util.ArrayList;
import java.util.List;

/**
 * The item headings of one line of a form whose items come in order: the one that starts the line, if any, and
 * those that begin inside it. Short items are often run together on one line or in one paragraph ("Item 3.
 * Defaults Upon Senior Securities. None. Item 4. Mine Safety Disclosures. Not applicable."), and two items may
 * share one heading ("Item 1. Business and Item 2. Properties").
 *
 * <p>A heading may begin inside a line only where a sentence or a table cell has ended, or where "and" joins it
 * to the heading before it on the line; anywhere else "Item 1A" is a cross-reference in prose ("see Part I,
 * Item 1A of our annual report"). Forms whose items come in any order (8-K) are not read this way: the run of
 * headings in the form's order is what drops the cross-references these rules let through.
 */
final class RunOnItemHeadings {

    private enum Boundary { NONE, SENTENCE, JOIN }

    private final ItemHeadingParser parser;

    RunOnItemHeadings(ItemHeadingParser parser) {
        this.parser = parser;
    }

    /**
     * @param lineStart the heading that starts the line, or null
     * @return the line's headings in order; each one's text ends where the next begins
     */
    List<ItemHeading> onLine(TextLines lines, int line, ItemHeading lineStart, FormSchema schema) {
        List<Integer> starts = new ArrayList<>(2);
        List<Boolean> joined = new ArrayList<>(2);
        String text = lines.text();
        int first = lines.firstNonSpace(line);
        int end = lines.end(line);
        for (int i = first + 1; i + 6 <= end; i++) {
            char c = text.charAt(i);
            if ((c != 'I' && c != 'i') || Character.isLetterOrDigit(text.charAt(i - 1))
                    || !AsciiCase.startsWith(text, i, end, "item")) {
                continue;
            }
            Boundary boundary = boundaryBefore(text, first, i);
            if (boundary == Boundary.NONE || boundary == Boundary.JOIN && lineStart == null && starts.isEmpty()) {
                continue;
            }
            if (parser.parseRunOn(lines, line, i, end, schema) != null) {
                starts.add(i);
                joined.add(boundary == Boundary.JOIN);
            }
        }
        if (starts.isEmpty()) {
            return lineStart == null ? List.of() : List.of(lineStart);
        }
        List<ItemHeading> headings = new ArrayList<>(starts.size() + 1);
        if (lineStart != null) {
            headings.add(parser.parse(lines, line, schema, starts.get(0)));
        }
        for (int k = 0; k < starts.size(); k++) {
            int limit = k + 1 < starts.size() ? starts.get(k + 1) : end;
            ItemHeading heading = parser.parseRunOn(lines, line, starts.get(k), limit, schema);
            if (heading == null) {
                continue;
            }
            if (joined.get(k) && !headings.isEmpty()) {
                headings.set(headings.size() - 1, joined(headings.get(headings.size() - 1), heading));
            } else {
                headings.add(heading);
            }
        }
        return headings;
    }

    /**
     * Whether a heading may begin at {@code at}: after a full stop, colon or semicolon ("None. Item 4"), after a
     * gap between table cells, or after "and" joining it to the heading before. Not after "Part II." inside a
     * line, which is a reference's ("in Part II. Item 1A"), nor after a word, comma, quote or bracket.
     */
    private static Boundary boundaryBefore(String text, int lineFirst, int at) {
        int q = at - 1;
        while (q >= lineFirst && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q--;
        }
        if (q < lineFirst) {
            return Boundary.NONE;
        }
        int gap = at - 1 - q;
        char c = text.charAt(q);
        if (c == '.' || c == ':' || c == ';') {
            return namesAPartInside(text, lineFirst, q) ? Boundary.NONE : Boundary.SENTENCE;
        }
        if (gap == 0) {
            return Boundary.NONE;
        }
        if (gap >= 2 && !Character.isLowerCase(c) && c != ',' && !isOpening(c)) {
            return Boundary.SENTENCE;
        }
        if (c == '&' || q - 2 >= lineFirst && AsciiCase.startsWith(text, q - 2, q + 1, "and")
                && (q - 3 < lineFirst || !Character.isLetter(text.charAt(q - 3)))) {
            return Boundary.JOIN;
        }
        return Boundary.NONE;
    }

    /** "... in Part II. Item 1A": the mark at {@code mark} closes a part's name that does not start the line. */
    private static boolean namesAPartInside(String text, int lineFirst, int mark) {
        int q = mark - 1;
        int numeralEnd = q + 1;
        while (q >= lineFirst && "IVXivx".indexOf(text.charAt(q)) >= 0) {
            q--;
        }
        if (q == numeralEnd - 1 || q < lineFirst || text.charAt(q) != ' ') {
            return false;
        }
        while (q >= lineFirst && text.charAt(q) == ' ') {
            q--;
        }
        int partStart = q - 3;
        return partStart > lineFirst && AsciiCase.startsWith(text, partStart, q + 1, "part");
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '"' || c == '\u201c' || c == '\'' || c == '\u2018';
    }

    /** "Item 1. Business and Item 2. Properties": one heading for both items, its text the second's. */
    private static ItemHeading joined(ItemHeading first, ItemHeading second) {
        List<String> codes = new ArrayList<>(first.codes());
        codes.addAll(second.codes());
        String head = withoutTrailingJoin(first.title());
        String title = head.isEmpty() ? second.title()
                : second.title().isEmpty() ? head : head + " and " + second.title();
        return new ItemHeading(first.line(), first.start(), codes, title, second.bodyStart(),
                second.endsWithPageNumber());
    }

    private static String withoutTrailingJoin(String title) {
        String t = title.strip();
        if (t.endsWith("&") || t.endsWith(",")) {
            return t.substring(0, t.length() - 1).strip();
        }
        if (t.length() >= 4 && t.regionMatches(true, t.length() - 4, " and", 0, 4)) {
            return t.substring(0, t.length() - 4).strip();
        }
        return t.equalsIgnoreCase("and") ? "" : t;
    }
}
