package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Address;
import dev.edgarlive.parser.text.AsciiCase;
import dev.edgarlive.parser.text.DateText;
import dev.edgarlive.parser.text.TextLines;
import dev.edgarlive.parser.text.TitleKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cover page by its captions. Cover pages put each value above (or beside) a parenthesised caption:
 * "Hecla Mining Company" over "(Exact name of registrant as specified in its charter)". Captions often share a
 * line in columns, so values are found by their shape (a state name, "1-8491", "82-0126240") in the lines just
 * above, on, or just below the caption. All patterns run on single short lines.
 */
public final class CoverPageReader {

    private static final int LOOK_AROUND = 4;
    private final CoverRegistrantsReader registrants = new CoverRegistrantsReader();
    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern FILE_NUMBER = Pattern.compile("(?<![\\d-])(\\d{1,4}-\\d{3,6}(?:-\\d{1,3})?)(?![\\d-])");
    private static final Pattern IRS_NUMBER = Pattern.compile("(?<![\\d-])(\\d{2}-\\s?\\d{7}|\\d{9})(?![\\d-])");
    private static final Pattern PHONE = Pattern.compile(
            "(\\(?\\d{3}\\)?[\\s.-]{0,3}\\d{3}[\\s.-]{1,3}\\d{4}|\\+\\d[\\d\\s().-]{8,18}\\d)");
    private static final Pattern ZIP = Pattern.compile("(?<!\\d)(\\d{5}(?:-\\d{4})?)(?!\\d)");
    private static final Pattern FORM = Pattern.compile(
            "(?i)^form\\s+([0-9]{1,2}-[A-Z0-9]{1,4}(?:/A)?|[0-9]{1,2}-[A-Z]{1,3}|6-K|20-F|40-F|S-\\d|F-\\d|8-K|10-K|10-Q)\\b");

    public CoverPage read(TextLines lines, int endLine) {
        int end = Math.min(endLine < 0 ? lines.count() : endLine, lines.count());
        List<String> cover = new ArrayList<>(Math.max(0, end));
        for (int i = 0; i < end; i++) {
            cover.add(lines.line(i).strip());
        }
        // Each fact's search reads every cover line in lower case: lower-cased once here, not once per fact. A line
        // holding no caption word is kept as an empty string, so that the searches below pass over it at once.
        List<String> lowerCase = new ArrayList<>(cover.size());
        for (String line : cover) {
            String lower = AsciiCase.lowerCase(line);
            lowerCase.add(holdsCaptionWord(lower) ? lower : "");
        }
        CoverPage page = new CoverPage(dateOfReport(cover, lowerCase), companyName(cover, lowerCase),
                state(cover, lowerCase), fileNumber(cover, lowerCase), irsNumber(cover, lowerCase), address(cover, lowerCase),
                phone(cover, lowerCase), registrants.read(cover));
        // A combined filing's captions belong to a table of registrants: the first one is the cover's registrant.
        return page.registrants().isEmpty() ? page : page.naming(page.registrants().get(0));
    }

    /** Every caption the fact searches below look for holds one of these words: keep the two in step. */
    private static final String[] CAPTION_WORDS = {"date of", "name", "jurisdiction", "state", "file n", "employer",
            "i.r.s", "irs ", "telephone", "address"};

    private static boolean holdsCaptionWord(String lower) {
        for (String word : CAPTION_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The form named near the top of a document ("FORM 8-K"), for a document that came without a header. */
    public String formType(TextLines lines) {
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.count(), 120); i++) {
            // Only a line that opens with "form" can name it (see below): the others are not copied and stripped.
            if (AsciiCase.startsWith(lines.text(), lines.firstNonSpace(i), lines.end(i), "form")) {
                top.add(lines.line(i).strip());
            }
        }
        return formType(top);
    }

    private static String formType(List<String> cover) {
        for (String line : cover) {
            if (!line.regionMatches(true, 0, "form", 0, 4)) {
                continue; // the pattern is anchored at the line's start: most lines fail this cheaper test
            }
            Matcher m = FORM.matcher(line);
            if (m.find()) {
                return m.group(1).toUpperCase(Locale.ROOT).replace(' ', '-');
            }
        }
        return null;
    }

    private static LocalDate dateOfReport(List<String> cover, List<String> lowerCase) {
        for (int i = 0; i < cover.size(); i++) {
            String lower = lowerCase.get(i);
            if (lower.contains("date of report") || lower.contains("date of earliest event")) {
                for (int j = i; j < Math.min(cover.size(), i + LOOK_AROUND); j++) {
                    LocalDate date = DateText.find(cover.get(j));
                    if (date != null) {
                        return date;
                    }
                }
                for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
                    LocalDate date = DateText.find(cover.get(j));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static String companyName(List<String> cover, List<String> lowerCase) {
        String captioned = captionedName(cover, lowerCase);
        return captioned != null ? captioned : nameBySuffix(cover);
    }

    /** The value over (or before) "(Exact name of registrant as specified in its charter)". */
    private static String captionedName(List<String> cover, List<String> lowerCase) {
        for (int i = 0; i < cover.size(); i++) {
            String lower = lowerCase.get(i);
            int caption = nameCaption(lower);
            if (caption < 0) {
                continue;
            }
            String before = cover.get(i).substring(0, caption).strip();
            if (isValue(before) && !looksLikeCaption(before)) {
                return cleanName(before);
            }
            for (int j = i - 1; j >= Math.max(0, i - LOOK_AROUND); j--) {
                String candidate = cover.get(j);
                if (isValue(candidate)) {
                    return looksLikeCaption(candidate) ? null : cleanName(candidate);
                }
            }
        }
        return null;
    }

    /**
     * Covers without a name caption (1990s text, caption-above-value tables) still print the name on a line of
     * its own ending in a corporate suffix: "ZURN INDUSTRIES, INC.", "EXELON CORPORATION".
     */
    private static String nameBySuffix(List<String> cover) {
        for (String line : cover) {
            if (line.length() < 4 || line.length() > 90 || looksLikeCaption(line) || line.contains("  ")) {
                continue;
            }
            String key = TitleKey.of(line);
            if (key.contains("securitiesandexchange") || key.contains("washington")) {
                continue;
            }
            String[] words = SPACE_RUN.split(line.replace(",", " ").replace("(", " "));
            String last = words[words.length - 1].toUpperCase(Locale.ROOT).replace(".", "");
            if (CORPORATE_SUFFIXES.contains(last) && Character.isLetterOrDigit(line.charAt(0))) {
                return cleanName(line);
            }
        }
        return null;
    }

    private static final java.util.Set<String> CORPORATE_SUFFIXES = java.util.Set.of(
            "INC", "CORP", "CORPORATION", "COMPANY", "CO", "LTD", "LIMITED", "LLC", "LP", "LLP", "PLC", "NV", "SA",
            "AG", "TRUST", "BANCORP", "HOLDINGS", "INCORPORATED", "GROUP", "FUND", "BANCSHARES", "PARTNERS");

    /** Cover captions, when a layout puts them where a value was expected. */
    private static boolean looksLikeCaption(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("file number") || lower.contains("commission") || lower.contains("identification")
                || lower.contains("incorporation") || lower.contains("jurisdiction") || lower.contains("exact name")
                || lower.contains("telephone") || lower.contains("address") || lower.contains("date of report")
                || lower.startsWith("form ") || lower.contains("pursuant to");
    }

    private static int nameCaption(String lower) {
        for (String caption : new String[] {"(exact name of", "exact name of registrant", "exact name of the registrant",
                "(name of registrant", "exact name of small business issuer", "(exact name"}) {
            int at = lower.indexOf(caption);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** A line that carries a value: not empty, not a rule of underscores or dashes, not itself a caption. */
    private static boolean isValue(String line) {
        if (line.isEmpty() || line.startsWith("(")) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static String cleanName(String raw) {
        String name = raw.strip();
        int columns = name.indexOf("   ");
        if (columns > 0) {
            name = name.substring(0, columns);
        }
        // Trailing rules and commas, with the spaces before each, are measured first and cut once: cutting them a
        // character at a time copied the rest of the name each time, quadratic in a long run ("Hecla,,,,...").
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '_' || name.charAt(end - 1) == ',')) {
            end--;
            while (end > 0 && Character.isWhitespace(name.charAt(end - 1))) {
                end--;
            }
        }
        return end == name.length() ? name : name.substring(0, end).strip();
    }

    private static String state(List<String> cover, List<String> lowerCase) {
        for (int i = 0; i < cover.size(); i++) {
            String lower = lowerCase.get(i);
            if (lower.contains("jurisdiction") || lower.contains("state of incorporation")
                    || lower.contains("state or other") || lower.contains("(state of")) {
                String found = nearby(cover, i, StateNames::findIn, lineWithoutCaptions(cover.get(i)));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String fileNumber(List<String> cover, List<String> lowerCase) {
        for (int i = 0; i < cover.size(); i++) {
            String lower = lowerCase.get(i);
            if (lower.contains("file number") || lower.contains("file no")) {
                String found = nearby(cover, i, line -> first(FILE_NUMBER, line, IRS_NUMBER), cover.get(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String irsNumber(List<String> cover, List<String> lowerCase) {
        for (int i = 0; i < cover.size(); i++) {
            String lower = lowerCase.get(i);
            if (lower.contains("employer") || lower.contains("i.r.s") || lower.contains("irs ")) {
                String found = nearby(cover, i, line -> first(IRS_NUMBER, line, null), cover.get(i));
                if (found != null) {
                    return CompanyFacts.irsNumber(found);
                }
            }
        }
        return null;
    }

    private static String phone(List<String> cover, List<String> lowerCase) {
        for (int i = 0; i < cover.size(); i++) {
            String lower = lowerCase.get(i);
            if (lower.contains("telephone")) {
                String found = nearby(cover, i, line -> first(PHONE, line, null), cover.get(i));
                if (found != null) {
                    return found.strip();
                }
            }
        }
        return null;
    }

    /** The address lines between the previous caption or rule and "(Address of principal executive offices)". */
    private static Address address(List<String> cover, List<String> lowerCase) {
        for (int i = 0; i < cover.size(); i++) {
            String lower = lowerCase.get(i);
            if (!lower.contains("address of principal") && !lower.contains("address, including zip")) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            String captionValue = lineWithoutCaptions(cover.get(i));
            for (int j = i - 1; j >= Math.max(0, i - LOOK_AROUND); j--) {
                String line = cover.get(j);
                if (line.isEmpty() && !parts.isEmpty()) {
                    break;
                }
                if (line.isEmpty()) {
                    continue;
                }
                if (isRule(line)) {
                    if (!parts.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (line.startsWith("(") || line.contains("Identification") || line.contains("File Number")) {
                    break;
                }
                parts.add(0, line);
            }
            if (!captionValue.isEmpty() && parts.isEmpty()) {
                parts.add(captionValue);
            }
            if (!parts.isEmpty()) {
                return CompanyFacts.address(parts);
            }
        }
        return null;
    }

    private static boolean isRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '_' && c != '-' && c != '=' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** A caption line with its parenthesised captions removed: what is left is a value written beside them. */
    private static String lineWithoutCaptions(String line) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private interface Finder {
        String find(String line);
    }

    /** The value on the caption line itself, else the nearest line above, else the nearest below. */
    private static String nearby(List<String> cover, int caption, Finder finder, String captionLine) {
        String found = finder.find(captionLine);
        if (found != null) {
            return found;
        }
        for (int j = caption - 1; j >= Math.max(0, caption - LOOK_AROUND); j--) {
            found = finder.find(cover.get(j));
            if (found != null) {
                return found;
            }
        }
        for (int j = caption + 1; j < Math.min(cover.size(), caption + 3); j++) {
            found = finder.find(cover.get(j));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String first(Pattern pattern, String line, Pattern unless) {
        if (line.length() > 300 || !containsDigit(line)) {
            return null; // every value pattern (file, IRS and phone numbers) holds a digit: no matcher without one
        }
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            String value = m.group(1);
            if (unless == null || !unless.matcher(value).matches()) {
                return value;
            }
        }
        return null;
    }

    private static boolean containsDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    static String zipOf(String line) {
        Matcher m = ZIP.matcher(line);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }
}
