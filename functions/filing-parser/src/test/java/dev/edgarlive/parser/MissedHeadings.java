package dev.edgarlive.parser;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.forms.CatalogForm;
import dev.edgarlive.forms.FormCatalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The check that catches the next family of missed headings: an item's text that holds a heading of an item of the
 * same form at the start of one of its lines ("Item 9.01 Financial Statements and Exhibits" inside Item 8.01's
 * text). Such a line is a heading the extractor did not take, or took at the wrong place (a table of contents, a
 * page header repeated on every page), and the text of two items ran together.
 *
 * <p>It is written apart from the parser's own heading rules on purpose, and more loosely, so that it can find
 * what they miss. Cross-references are not headings: a number followed by prose in lower case ("Item 2.02 of this
 * report"), a line that continues a wrapped sentence ("as discussed under\nItem 13 of our proxy"), and a line
 * naming a paragraph of the item's own number ("Item 14(a)(2)", inside Item 14).
 */
final class MissedHeadings {

    /** One line of an item's text that reads as another heading of the form. */
    record Missed(Item item, String code, String line) {
        @Override
        public String toString() {
            return "item " + item.normalizedCode() + " holds a heading of item " + code + ": " + line;
        }
    }

    private MissedHeadings() {
    }

    /** The heading lines found inside the filing's item texts; empty for a form without a schema. */
    static List<Missed> in(Filing filing) {
        CatalogForm form = filing.formType() == null ? null : FormCatalog.forForm(filing.formType()).orElse(null);
        List<Missed> missed = new ArrayList<>();
        if (form == null) {
            return missed;
        }
        Set<String> codes = new HashSet<>();
        form.items().forEach(item -> codes.add(item.code().toUpperCase(Locale.ROOT)));
        for (Item item : filing.items()) {
            if (item.text() == null) {
                continue;
            }
            String previous = "";
            for (String raw : item.text().split("\n", -1)) {
                String line = raw.strip();
                String code = headingCode(line, item, codes);
                if (code != null && !continuesSentence(previous)) {
                    missed.add(new Missed(item, code, line));
                }
                previous = line;
            }
        }
        return missed;
    }

    /** The item number a line opens with as a heading, or null when it is not one. */
    static String headingCode(String line, Item item, Set<String> codes) {
        if (!line.regionMatches(true, 0, "item", 0, 4)) {
            return null;
        }
        int p = 4;
        if (p < line.length() && (line.charAt(p) == 's' || line.charAt(p) == 'S')) {
            p++;
        }
        int numberStart = skipSpaces(line, p);
        if (numberStart == p) {
            return null; // "Itemized", "Items:" - no space before a number
        }
        if (line.regionMatches(true, numberStart, "no.", 0, 3)) {
            numberStart = skipSpaces(line, numberStart + 3);
        }
        int q = numberStart;
        while (q < line.length() && Character.isDigit(line.charAt(q))) {
            q++;
        }
        if (q == numberStart || q - numberStart > 2) {
            return null;
        }
        if (q + 2 < line.length() && line.charAt(q) == '.' && Character.isDigit(line.charAt(q + 1))
                && Character.isDigit(line.charAt(q + 2))) {
            q += 3;
        }
        if (q < line.length() && "ABCDabcd".indexOf(line.charAt(q)) >= 0
                && (q + 1 == line.length() || !Character.isLetter(line.charAt(q + 1)))) {
            q++;
        }
        if (q < line.length() && Character.isLetterOrDigit(line.charAt(q))) {
            return null; // "Item 601" of Regulation S-K, "Item 1.011"
        }
        String code = line.substring(numberStart, q).toUpperCase(Locale.ROOT);
        if (!codes.contains(code)) {
            return null;
        }
        int rest = skipSpaces(line, q);
        if (rest < line.length() && line.charAt(rest) == '('
                && (code.equals(item.code().toUpperCase(Locale.ROOT)))) {
            return null; // "Item 14(a)(2)": a paragraph of the item itself
        }
        while (rest < line.length() && (".:-|,\u2013\u2014 ".indexOf(line.charAt(rest)) >= 0)) {
            rest++;
        }
        if (rest < line.length() && Character.isLowerCase(line.charAt(rest))) {
            return null; // "Item 2.02 of this report", "Item 7 above"
        }
        return code;
    }

    /**
     * A line of prose that has not ended its sentence: the line after it carries the sentence on, whatever it
     * starts with ("as discussed under" / "Item 13--Certain Relationships ..., if we issue ...").
     */
    static boolean continuesSentence(String previous) {
        if (previous.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        if (!Character.isLetterOrDigit(last) && last != ',') {
            return false;
        }
        int words = 0;
        int lowerWords = 0;
        for (String word : previous.split("\\s+")) {
            if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
                words++;
                if (Character.isLowerCase(word.charAt(0))) {
                    lowerWords++;
                }
            }
        }
        return lowerWords >= 2 && lowerWords * 3 >= words;
    }

    private static int skipSpaces(String line, int p) {
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t' || line.charAt(p) == '\u00A0')) {
            p++;
        }
        return p;
    }
}
