package dev.edgarlive.parser.cover;

import dev.edgarlive.parser.text.AsciiCase;
import dev.edgarlive.parser.text.TextLines;
import dev.edgarlive.parser.text.TitleKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the exhibits a report lists ("Exhibit 99.1 - Press release dated ...", or rows of an exhibit index table)
 * into number and description. Lines are only taken as bare-numbered entries after an exhibit-list caption,
 * so that numbered paragraphs of prose are not mistaken for exhibits. Patterns run on single lines.
 */
public final class ExhibitListReader {

    /** Listed exhibits in order of first mention: number to description. */
    public record Listed(String number, String description) {
    }

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{1,3}){0,2}(?:\\s?\\([a-z0-9]{1,4}\\))?(?:\\.[A-Z]{3})?)";
    // The separators take their white space whole (possessive *+, ++) and say what they need of it instead of
    // leaving a run to be split between two quantifiers: (?<=\\s) is "at least one space before", and two or more
    // spaces are one possessive run. Same matches and groups as the backtracking forms, in linear time.
    private static final Pattern WITH_WORD = Pattern.compile(
            "(?i)^exhibits?\\s++(?:no\\.?|number)?\\s*+" + NUMBER + "\\s*+(?:[-\u2013\u2014:.|]\\s*+|(?<=\\s))(.*)$");
    private static final Pattern BARE = Pattern.compile(
            "^" + NUMBER + "(?:\\s*+[-\u2013\u2014:|]\\s*+|\\s*+\\.\\s{2,}+|\\s*+\\.\\s(?=[A-Z])|\\s{2,}+)(\\S.*)$");
    private static final int MAX_LINE = 400;
    /** The longest line that may be an exhibit-list caption ("Index to Exhibits", "(c) Exhibits."). */
    private static final int MAX_CAPTION = 60;

    public List<Listed> read(TextLines lines, int fromLine, int toLine) {
        Map<String, String> found = new LinkedHashMap<>();
        boolean inList = false;
        String lastNumber = null;
        int lastLine = -10;
        for (int i = Math.max(0, fromLine); i < Math.min(lines.count(), toLine); i++) {
            if (!inList && !(lastNumber != null && i == lastLine + 1) && !mayOpenEntryOrCaption(lines, i)) {
                continue; // outside a list only "Exhibit ..." lines and captions count: skip the rest uncopied
            }
            String line = lines.line(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > MAX_LINE) {
                inList = false;
                continue;
            }
            boolean worded = AsciiCase.startsWith(line, 0, line.length(), "exhibit");
            boolean mayContinue = lastNumber != null && i == lastLine + 1;
            if (!worded && !inList && !mayContinue && !mayBeCaption(line)) {
                continue;
            }
            if (isListCaption(line)) {
                inList = true;
                continue;
            }
            String alone = numberAlone(line, inList);
            if (alone != null) {
                int next = lines.nextNonBlank(i);
                if (next > 0 && next < toLine && isDescription(lines.line(next).strip())) {
                    String number = normalise(alone);
                    found.putIfAbsent(number, clean(lines.line(next).strip()));
                    lastNumber = null;
                    i = next;
                    continue;
                }
            }
            Matcher m = entry(line, worded, inList);
            if (m != null && hasLetters(m.group(2))) {
                String number = normalise(m.group(1));
                boolean fresh = !found.containsKey(number);
                found.putIfAbsent(number, clean(m.group(2)));
                lastNumber = fresh ? number : null;
                lastLine = i;
                continue;
            }
            if (lastNumber != null && i == lastLine + 1 && continues(found.get(lastNumber), line)) {
                found.put(lastNumber, found.get(lastNumber) + " " + clean(line));
                lastLine = i;
            }
        }
        List<Listed> listed = new ArrayList<>();
        found.forEach((number, description) -> listed.add(new Listed(number, description)));
        return listed;
    }

    /**
     * The line matched as an "Exhibit 99.1 - ..." entry, else (inside a list) as a bare-numbered one, or null.
     * WITH_WORD opens with "exhibit" and BARE with a digit: a line that starts otherwise gets no matcher at all.
     */
    private static Matcher entry(String line, boolean worded, boolean inList) {
        if (worded) {
            Matcher m = WITH_WORD.matcher(line);
            if (m.matches()) {
                return m;
            }
        }
        char first = line.charAt(0);
        if (inList && first >= '0' && first <= '9') {
            Matcher m = BARE.matcher(line);
            if (m.matches() && plausibleNumber(m.group(1))) {
                return m;
            }
        }
        return null;
    }

    private static final Pattern NUMBER_ALONE = Pattern.compile("(?i)^(?:exhibit\\s+(?:no\\.?\\s*)?)?" + NUMBER + "\\.?$");

    /**
     * An exhibit number alone on its line, its description in the next cell or line ("99.1" then "Press release").
     * A bare number only counts inside an exhibit list; "Exhibit 99.1" counts anywhere.
     */
    private static String numberAlone(String line, boolean inList) {
        char first = line.charAt(0);
        if (first != 'e' && first != 'E' && (first < '0' || first > '9')) {
            return null; // the pattern opens with "exhibit" or a digit: no matcher for the other lines
        }
        Matcher m = NUMBER_ALONE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        boolean worded = line.regionMatches(true, 0, "exhibit", 0, 7);
        return (worded || inList) && plausibleNumber(m.group(1)) ? m.group(1) : null;
    }

    private static boolean isDescription(String line) {
        return line.length() < MAX_LINE && hasLetters(line) && !Character.isDigit(line.charAt(0))
                && !line.regionMatches(true, 0, "exhibit", 0, 7) && !SignatureBlock.isSignatureHeading(line)
                && !line.regionMatches(true, 0, "item", 0, 4);
    }

    /**
     * {@code worded || mayBeCaption(line)} read in place on the line index: outside a list, a line that fails it
     * is skipped before it is copied. Most lines fail it, the longer lines of prose among them on their length.
     */
    private static boolean mayOpenEntryOrCaption(TextLines lines, int i) {
        String text = lines.text();
        int first = lines.firstNonSpace(i);
        if (first >= lines.end(i)) {
            return false;
        }
        if (AsciiCase.startsWith(text, first, lines.end(i), "exhibit")) {
            return true;
        }
        return lines.trimmedEnd(i) - first <= MAX_CAPTION && mayOpenCaption(text.charAt(first));
    }

    /** A cheap test before the exact one: captions are short and start with "Exhibit", "Index", "(c)" or "(d)". */
    private static boolean mayBeCaption(String line) {
        return line.length() <= MAX_CAPTION && mayOpenCaption(line.charAt(0));
    }

    private static boolean mayOpenCaption(char first) {
        char c = Character.toLowerCase(first);
        return c == 'e' || c == 'i' || c == '(' || c == 'c' || c == 'd';
    }

    private static boolean isListCaption(String line) {
        char first = TitleKey.firstChar(line, 0, line.length());
        if (first != 'e' && first != 'i' && first != 'd' && first != 'c') {
            return false;
        }
        String key = TitleKey.of(line, 0, line.length(), "indextoexhibits".length() + 1);
        return key.startsWith("exhibitindex") || key.startsWith("indextoexhibits") || key.equals("exhibits")
                || key.startsWith("dexhibits") || key.startsWith("cexhibits") || key.startsWith("exhibitno")
                || key.startsWith("exhibitnumber") || key.startsWith("exhibitlist") || key.equals("exhibit");
    }

    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call. */
    private static final Pattern FROM_FIRST_NON_DIGIT = Pattern.compile("\\D.*");

    private static boolean plausibleNumber(String number) {
        int dot = number.indexOf('.');
        String major = dot < 0 ? FROM_FIRST_NON_DIGIT.matcher(number).replaceAll("") : number.substring(0, dot);
        if (major.isEmpty()) {
            return false;
        }
        int value = Integer.parseInt(major);
        return value >= 1 && value <= 110;
    }

    /** A wrapped description: the entry did not end its sentence, and this line starts no new entry. */
    private static boolean continues(String description, String line) {
        return description != null && !description.endsWith(".") && line.length() < 120
                && !Character.isDigit(line.charAt(0)) && !line.regionMatches(true, 0, "exhibit", 0, 7)
                && !SignatureBlock.isSignatureHeading(line) && !line.regionMatches(true, 0, "item", 0, 4);
    }

    private static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String number) {
        return number.replace(" ", "");
    }

    /** White space runs to one space, and a leading separator ("- Press release") dropped; by hand, as it runs per entry. */
    private static String clean(String description) {
        String s = description.strip();
        int from = 0;
        if (!s.isEmpty() && "-\u2013\u2014:.".indexOf(s.charAt(0)) >= 0) {
            from = 1;
            while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
        }
        StringBuilder out = new StringBuilder(s.length() - from);
        boolean space = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
