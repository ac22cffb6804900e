package dev.edgarlive.parser.sections;

import dev.edgarlive.parser.text.AsciiCase;
import dev.edgarlive.parser.text.TextLines;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether one line is an item heading, by scanning its characters (no regex: it runs on every line).
 * A heading starts its line with "Item" or "Items", names one or more numbers the schema knows, and is followed
 * by a title, not by running prose: "Item 2.02 of this report" and a line that merely continues a wrapped
 * sentence are not headings.
 */
final class ItemHeadingParser {

    /** Longest title taken from the heading line itself; longer text means the body runs on from the title. */
    private static final int MAX_TITLE = 220;

    ItemHeading parse(TextLines lines, int line, FormSchema schema) {
        return parse(lines, line, schema, lines.end(line));
    }

    /**
     * The heading that starts a line, its title and text ending at {@code limit}, where a run-on heading later
     * on the same line begins (the line's end when none does).
     */
    ItemHeading parse(TextLines lines, int line, FormSchema schema, int limit) {
        String text = lines.text();
        int end = lines.end(line);
        int p = lines.firstNonSpace(line);
        if (end - p < 5 || !text.regionMatches(true, p, "item", 0, 4)) {
            return null;
        }
        p += 4;
        if (p < end && (text.charAt(p) == 's' || text.charAt(p) == 'S')) {
            p++;
        }
        ItemNumbers numbers = readNumbers(text, p, end);
        if (numbers == null) {
            return null;
        }
        List<String> codes = numbers.codes();
        int afterCode = numbers.firstEnd();
        p = numbers.end();
        for (String code : codes) {
            if (schema.definitionsFor(code).isEmpty()) {
                return null;
            }
        }
        p = skipSpaces(text, p, end);
        boolean separated = false;
        if (p < end && isSeparator(text.charAt(p))) {
            separated = true;
            p++;
            while (p < end && (isSeparator(text.charAt(p)) || text.charAt(p) == ' ')) {
                p++;
            }
        }
        if (p < end && Character.isLowerCase(text.charAt(p)) && !separated) {
            return answeredTogether(lines, line, codes, p, schema);
        }
        if (p < end && !separated && Character.isLetterOrDigit(text.charAt(p)) && p == afterCode) {
            return null;
        }
        if (continuesPreviousSentence(lines, line)) {
            return null;
        }
        return withTitle(lines, line, lines.start(line), codes, p, limit, schema.ordered());
    }

    /**
     * The heading whose "Item" is at {@code at}, inside a line, after the short item before it: "None. Item 4.
     * Mine Safety Disclosures. Not applicable." Whether the text before it lets a heading begin there is the
     * caller's question; this one asks that the item is the form's and that a title or a nil answer follows,
     * not a sentence ("Item 1A of our annual report") or a quoted title, as cross-references have.
     */
    ItemHeading parseRunOn(TextLines lines, int line, int at, int limit, FormSchema schema) {
        String text = lines.text();
        int end = lines.end(line);
        if (!AsciiCase.startsWith(text, at, end, "item")) {
            return null;
        }
        int p = at + 4;
        if (p < end && (text.charAt(p) == 's' || text.charAt(p) == 'S')) {
            p++;
        }
        if (p >= end || text.charAt(p) != ' ') {
            return null;
        }
        ItemNumbers numbers = readNumbers(text, p, end);
        if (numbers == null) {
            return null;
        }
        List<String> codes = numbers.codes();
        int afterCode = numbers.firstEnd();
        p = numbers.end();
        List<String> formTitles = new ArrayList<>(2);
        for (String code : codes) {
            List<ItemDefinition> definitions = schema.definitionsFor(code);
            if (definitions.isEmpty()) {
                return null;
            }
            definitions.forEach(definition -> formTitles.add(definition.title()));
        }
        p = skipSpaces(text, p, limit);
        boolean separated = false;
        while (p < limit && isSeparator(text.charAt(p))) {
            separated = true;
            p = skipSpaces(text, p + 1, limit);
        }
        if (p < limit && !HeadingTitle.isNilAnswer(text, p, limit)) {
            if (!separated && p == afterCode) {
                return null;
            }
            if (!HeadingTitle.looksLikeTitle(text, p, HeadingTitle.titleEnd(text, p, limit), formTitles)) {
                return null;
            }
        }
        ItemHeading heading = withTitle(lines, line, at, codes, p, limit, true);
        return limit == end ? withWrappedTitle(lines, heading, formTitles) : heading;
    }

    /**
     * Whether a heading names a paragraph of its item rather than the item: "Item 14(a)(2):", "Item 14 (a)(3)
     * Exhibits", "Item 7(c). Exhibits". After its item's own heading it is a sub-heading of that item's text; an
     * 8-K that heads its only item so ("Item 7(c)") still reports the item.
     */
    static boolean namesParagraph(String text, ItemHeading heading) {
        int end = Math.min(text.length(), heading.bodyStart() > heading.start() ? heading.bodyStart() : text.length());
        int p = heading.start();
        while (p < end && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        p += 4; // "Item"
        if (p < end && (text.charAt(p) == 's' || text.charAt(p) == 'S')) {
            p++;
        }
        p = skipSpaces(text, p, end);
        int digits = p;
        while (p < end && (Character.isDigit(text.charAt(p)) || text.charAt(p) == '.')) {
            p++;
        }
        if (p == digits) {
            return false;
        }
        if (p < end && Character.isLetter(text.charAt(p)) && (p + 1 >= end || text.charAt(p + 1) == '(')) {
            p++; // "Item 9A(a)"
        }
        p = skipSpaces(text, p, end);
        return p + 2 < end && text.charAt(p) == '(' && Character.isLetterOrDigit(text.charAt(p + 1))
                && text.charAt(p + 2) == ')';
    }

    /** The verbs that join several items to one nil answer: "Items 3 and 4 are not applicable." */
    private static final String[] JOINING_VERBS = {"are ", "were ", "have been "};

    /**
     * Several items of a form whose items come in order, answered in one sentence: "Items 3 and 4 are not
     * applicable." Each item is there, with the form's title and the nil answer as its text. An 8-K that says so
     * of its items is saying that it does not report them, so the current report's items are never read this way.
     */
    private static ItemHeading answeredTogether(TextLines lines, int line, List<String> codes, int p, FormSchema schema) {
        if (!schema.ordered() || codes.size() < 2 || continuesPreviousSentence(lines, line)) {
            return null;
        }
        String text = lines.text();
        int end = lines.end(line);
        for (String verb : JOINING_VERBS) {
            if (AsciiCase.startsWith(text, p, end, verb)) {
                int answer = skipSpaces(text, p + verb.length(), end);
                if (HeadingTitle.isNilAnswer(text, answer, end)) {
                    return new ItemHeading(line, lines.start(line), codes, "", answer, false);
                }
            }
        }
        return null;
    }

    /**
     * A run-on heading near the end of a hard-wrapped line carries on to the next ("None.  Item 4.  Submission
     * of\nMatters to a Vote of Security Holders.  None."): the title takes the next line's words up to the answer.
     */
    private static ItemHeading withWrappedTitle(TextLines lines, ItemHeading heading, List<String> formTitles) {
        int next = heading.line() + 1;
        if (heading.title().isEmpty() || heading.bodyStart() != lines.start(next) || next >= lines.count()
                || lines.isBlank(next)) {
            return heading;
        }
        String text = lines.text();
        int from = lines.firstNonSpace(next);
        int answer = HeadingTitle.answerStart(text, from, lines.end(next));
        if (answer <= from || !HeadingTitle.looksLikeTitle(text, from, answer, formTitles)) {
            return heading;
        }
        String title = cleanTitle(heading.title() + " " + text.substring(from, answer));
        return new ItemHeading(heading.line(), heading.start(), heading.codes(), title, answer, false);
    }

    /**
     * The heading's title and where its text begins.
     *
     * @param limit         where the heading's own text ends on its line: the line's end, or a run-on heading
     * @param answersInline whether a short answer may follow the title on the line ("Defaults Upon Senior
     *                      Securities. None."); then the answer is the item's text, not part of its title
     */
    private static ItemHeading withTitle(TextLines lines, int line, int start, List<String> codes, int titleStart,
                                         int limit, boolean answersInline) {
        String text = lines.text();
        int end = lines.end(line);
        String rest = text.substring(titleStart, limit).strip();
        if (rest.isEmpty()) {
            if (limit < end) {
                return new ItemHeading(line, start, codes, "", limit, false);
            }
            int next = lines.nextNonBlank(line);
            if (next >= 0 && looksLikeTitle(lines, next)) {
                int answer = answersInline ? HeadingTitle.answerStart(text, lines.firstNonSpace(next), lines.end(next)) : -1;
                if (answer > lines.firstNonSpace(next)) {
                    // "Item 3." in one cell, "Defaults Upon Senior Securities. None." in the next row
                    String title = text.substring(lines.firstNonSpace(next), answer);
                    return new ItemHeading(line, start, codes, cleanTitle(title), answer, false);
                }
                String title = lines.line(next).strip();
                return new ItemHeading(line, start, codes, cleanTitle(title), lines.start(next + 1), false);
            }
            return new ItemHeading(line, start, codes, "", lines.start(line + 1), false);
        }
        if (answersInline) {
            int answer = HeadingTitle.answerStart(text, titleStart, limit);
            if (answer >= 0) {
                return new ItemHeading(line, start, codes, cleanTitle(text.substring(titleStart, answer)), answer, false);
            }
            if (limit < end) {
                return new ItemHeading(line, start, codes, cleanTitle(rest), limit, false);
            }
        }
        if (rest.length() <= MAX_TITLE) {
            String title = cleanTitle(rest);
            boolean pageNumber = endsWithPageNumber(rest);
            return new ItemHeading(line, start, codes, title, lines.start(line + 1), pageNumber);
        }
        int sentenceEnd = sentenceEnd(rest);
        if (sentenceEnd > 0) {
            int bodyStart = titleStart + (end - titleStart - rest.length()) + sentenceEnd;
            return new ItemHeading(line, start, codes, cleanTitle(rest.substring(0, sentenceEnd)),
                    Math.min(bodyStart, end), false);
        }
        return new ItemHeading(line, start, codes, "", titleStart, false);
    }

    /** A title on its own line under a bare "Item 2.02": short, capitalised, not itself a heading. */
    private static boolean looksLikeTitle(TextLines lines, int line) {
        String candidate = lines.line(line).strip();
        if (candidate.length() > 160 || candidate.regionMatches(true, 0, "item", 0, 4)) {
            return false;
        }
        char first = candidate.charAt(0);
        if (!Character.isUpperCase(first)) {
            return false;
        }
        int after = line + 1;
        return after >= lines.count() || lines.isBlank(after) || candidate.length() < 90;
    }

    /** Where the title's first sentence ends in a heading that runs straight into its text. */
    private static int sentenceEnd(String rest) {
        int limit = Math.min(rest.length() - 1, MAX_TITLE);
        for (int i = 3; i < limit; i++) {
            char c = rest.charAt(i);
            if ((c == '.' || c == ':') && rest.charAt(i + 1) == ' ' && !Character.isUpperCase(rest.charAt(i - 1))
                    || (c == ' ' && rest.charAt(i + 1) == ' ' && i > 10)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * A line that starts with "Item" right under a line of prose that has not ended its sentence is that
     * sentence wrapping ("...as described in\nItem 2.02 above"), not a heading.
     */
    private static boolean continuesPreviousSentence(TextLines lines, int line) {
        if (line == 0 || lines.isBlank(line - 1)) {
            return false;
        }
        String previous = lines.line(line - 1).strip();
        if (previous.length() < 40) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        return (Character.isLetterOrDigit(last) || last == ',') && HeadingTitle.isProse(previous, 0, previous.length());
    }

    /**
     * The numbers after the word "Item": "5.02", "No. 5", "1.01 and 5.02".
     *
     * @param firstEnd offset just after the first number, where a title glued to it ("Item 5Other") would start
     * @param end      offset just after the last number
     */
    private record ItemNumbers(List<String> codes, int firstEnd, int end) {
    }

    /** The numbers from {@code p} (just past "Item" or "Items"), or null when no item number is there. */
    private static ItemNumbers readNumbers(String text, int p, int end) {
        p = skipSpaces(text, p, end);
        if (text.regionMatches(true, p, "no.", 0, 3)) {
            p = skipSpaces(text, p + 3, end);
        }
        List<String> codes = new ArrayList<>(2);
        int afterCode = readCode(text, p, end, codes);
        if (afterCode < 0) {
            return null;
        }
        return new ItemNumbers(codes, afterCode, readMoreCodes(text, afterCode, end, codes));
    }

    private static int readCode(String text, int p, int end, List<String> codes) {
        int start = p;
        int digits = 0;
        while (p < end && Character.isDigit(text.charAt(p)) && digits < 3) {
            p++;
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return -1;
        }
        if (p + 1 < end && text.charAt(p) == '.' && Character.isDigit(text.charAt(p + 1))) {
            int q = p + 1;
            int fraction = 0;
            while (q < end && Character.isDigit(text.charAt(q)) && fraction < 3) {
                q++;
                fraction++;
            }
            if (fraction == 2 && (q >= end || !Character.isDigit(text.charAt(q)))) {
                p = q;
            }
        }
        if (p < end && Character.isLetter(text.charAt(p)) && (p + 1 >= end || !Character.isLetter(text.charAt(p + 1)))) {
            char letter = Character.toUpperCase(text.charAt(p));
            if (letter >= 'A' && letter <= 'D') {
                p++;
            }
        }
        codes.add(text.substring(start, p).toUpperCase());
        if (p + 2 < end && text.charAt(p) == '(' && text.charAt(p + 2) == ')') {
            p += 3;
        }
        return p;
    }

    /** After the first number: ", 2.03 and 9.01", "& 9.01", "through 5.02". */
    private static int readMoreCodes(String text, int p, int end, List<String> codes) {
        while (true) {
            int q = skipSpaces(text, p, end);
            if (q < end && (text.charAt(q) == ',' || text.charAt(q) == '&' || text.charAt(q) == ';')) {
                q = skipSpaces(text, q + 1, end);
            }
            if (text.regionMatches(true, q, "and ", 0, 4)) {
                q = skipSpaces(text, q + 4, end);
            }
            if (q == p || q >= end || !Character.isDigit(text.charAt(q))) {
                return p;
            }
            int after = readCode(text, q, end, codes);
            if (after < 0) {
                return p;
            }
            p = after;
        }
    }

    private static String cleanTitle(String raw) {
        String title = raw.strip();
        if (endsWithPageNumber(title)) {
            int i = title.length();
            while (i > 0 && Character.isDigit(title.charAt(i - 1))) {
                i--;
            }
            title = title.substring(0, i);
        }
        int end = title.length();
        while (end > 0 && (title.charAt(end - 1) == '.' || title.charAt(end - 1) == ':' || title.charAt(end - 1) == ' '
                || title.charAt(end - 1) == '-' || title.charAt(end - 1) == '\u2014' || title.charAt(end - 1) == '\u2013')) {
            end--;
        }
        return collapseSpaces(title.substring(0, end));
    }

    /** "Business .......... 3" or "Business     3": a table-of-contents entry's page number. */
    private static boolean endsWithPageNumber(String text) {
        int i = text.length();
        int digits = 0;
        while (i > 0 && Character.isDigit(text.charAt(i - 1))) {
            i--;
            digits++;
        }
        if (digits == 0 || digits > 3 || i < 2) {
            return false;
        }
        char before = text.charAt(i - 1);
        return (before == ' ' && text.charAt(i - 2) == ' ') || before == '.';
    }

    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '|';
    }

    private static int skipSpaces(String text, int p, int end) {
        while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }
}
