package dev.edgarlive.parser.sections;

import dev.edgarlive.parser.text.AsciiCase;
import dev.edgarlive.parser.text.TitleKey;

import java.util.List;

/**
 * What the words after an item number are: a title ("Defaults Upon Senior Securities"), a nil answer ("None.",
 * "Not applicable.") or prose ("There were no defaults during the quarter."). Short items are often written on
 * one line, title and answer together, and this is what tells the two apart. Scans characters in place.
 */
final class HeadingTitle {

    /** Longest title a heading written inside a line may have; beyond this it is a sentence. */
    static final int MAX_RUN_ON_TITLE = 160;

    /** How far into a heading line an answer is looked for; titles are shorter than this. */
    private static final int ANSWER_SEARCH = 240;

    /** The answers filings give for an item that does not apply to them, lower-cased. */
    private static final String[] NIL_ANSWERS = {"none", "not applicable", "n/a", "inapplicable", "omitted",
            "not required", "nothing to report"};

    private HeadingTitle() {
    }

    /**
     * Where the answer begins in a heading line's text after the item number ("Defaults Upon Senior Securities.
     * None." gives the offset of "None"), or -1 when all of it is the title. The text is cut at each place a title
     * may end (". ", ": ", a dash, a gap of two spaces between table cells); the first cut followed by a nil answer
     * or by prose is the answer. A cut followed by more title words ("Appointment of Certain Officers.
     * Compensatory Arrangements") is not one.
     */
    static int answerStart(String text, int from, int to) {
        int p = skipSpaces(text, from, to);
        if (p < to && isNilAnswer(text, p, to)) {
            return p;
        }
        int limit = Math.min(to, from + ANSWER_SEARCH);
        for (int i = p; i < limit; i++) {
            int after = afterTitleEnd(text, i, to);
            if (after < 0) {
                continue;
            }
            int answer = skipSpaces(text, after, to);
            if (answer < to && (isNilAnswer(text, answer, to) || isProse(text, answer, Math.min(to, answer + ANSWER_SEARCH)))) {
                return answer;
            }
        }
        return -1;
    }

    /** The offset where a title starting at {@code from} ends: at its first cut, or at {@code to}. */
    static int titleEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (afterTitleEnd(text, i, to) >= 0) {
                return i;
            }
        }
        return to;
    }

    /**
     * Whether the text reads as a heading's title: it starts with a capital and few of its longer words are in
     * lower case ("Quantitative and Qualitative Disclosures about Market Risk" is one; "Risk Factors of our
     * annual report describes" is a sentence). Titles set in sentence case pass when they share words with the
     * titles the form gives the item.
     */
    static boolean looksLikeTitle(String text, int from, int to, List<String> formTitles) {
        int p = skipSpaces(text, from, to);
        if (p >= to || to - p > MAX_RUN_ON_TITLE || !Character.isUpperCase(text.charAt(p))) {
            return false;
        }
        WordCase counted = WordCase.of(text, p, to, true);
        if (counted.lowerWords() <= 1 || counted.lowerWords() * 4 <= counted.words()) {
            return true;
        }
        for (String formTitle : formTitles) {
            if (sharesWords(text.substring(p, to), formTitle)) {
                return true;
            }
        }
        return false;
    }

    /** "None", "Not applicable.", "N/A": the whole answer of an item that does not apply, not a title. */
    static boolean isNilAnswer(String text, int p, int to) {
        for (String answer : NIL_ANSWERS) {
            if (AsciiCase.startsWith(text, p, to, answer)) {
                int after = p + answer.length();
                if (after >= to || !Character.isLetterOrDigit(text.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Prose has lower-case words; a heading above a heading ("Section 5 - Corporate Governance and Management")
     * capitalises them.
     */
    static boolean isProse(String text, int from, int to) {
        WordCase counted = WordCase.of(text, from, to, false);
        return counted.lowerWords() >= 2 && counted.lowerWords() * 3 >= counted.words();
    }

    /**
     * When a title may end at {@code i}, the offset just after its end mark; else -1. Marks: a full stop or colon
     * before a space (not the stop of an initial, as in "U.S."), a dash, or a gap of two spaces.
     */
    private static int afterTitleEnd(String text, int i, int to) {
        char c = text.charAt(i);
        boolean spaceFollows = i + 1 < to && text.charAt(i + 1) == ' ';
        if ((c == '.' || c == ':') && spaceFollows && !isInitial(text, i)) {
            return i + 1;
        }
        if (c == '\u2014' || c == '\u2013') {
            return i + 1;
        }
        if (c == '-' && spaceFollows && i > 0 && text.charAt(i - 1) == ' ') {
            return i + 1;
        }
        if (c == ' ' && spaceFollows && i > 0 && text.charAt(i - 1) != ' ') {
            return i + 2;
        }
        return -1;
    }

    /** The stop after a single letter ("U.S.", "N.A."): an abbreviation, not the end of a title. */
    private static boolean isInitial(String text, int i) {
        return c(text, i - 1) != 0 && Character.isLetter(c(text, i - 1)) && !Character.isLetter(c(text, i - 2));
    }

    private static char c(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }

    /** A title in sentence case is the form's own: nearly all its words are the form's title words. */
    private static boolean sharesWords(String title, String formTitle) {
        List<String> wanted = TitleKey.words(formTitle);
        List<String> found = TitleKey.words(title);
        long common = found.stream().filter(wanted::contains).count();
        return common >= Math.min(2, wanted.size()) && found.size() - common <= 1;
    }

    /** How many words of four letters or more a stretch of text has, and how many of them start in lower case. */
    private record WordCase(int words, int lowerWords) {

        /** @param apostrophes whether an apostrophe continues a word ("Registrant's"), as in titles */
        static WordCase of(String text, int from, int to, boolean apostrophes) {
            int words = 0;
            int lowerWords = 0;
            int i = from;
            while (i < to) {
                while (i < to && !Character.isLetter(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < to && (Character.isLetter(text.charAt(i))
                        || apostrophes && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019'))) {
                    i++;
                }
                if (i - start >= 4) {
                    words++;
                    if (Character.isLowerCase(text.charAt(start))) {
                        lowerWords++;
                    }
                }
            }
            return new WordCase(words, lowerWords);
        }
    }

    private static int skipSpaces(String text, int p, int to) {
        while (p < to && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }
}
