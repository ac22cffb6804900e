package dev.edgarlive.parser.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as filings write them: {@code 20001117} in headers, "November 17, 2000", "Nov. 17, 2000",
 * "17 November 2000" or "11/17/2000" in text. Patterns run on one short line at a time, never on a document.
 */
public final class DateText {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    // White space runs are possessive (*+, ++): what follows each can never be white space, so giving it back
    // finds nothing new, and two adjacent runs would otherwise try every split of a long one.
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s*+(\\d{1,2})(?:st|nd|rd|th)?\\s*+[,.]?+\\s*+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s++(?:day\\s++of\\s++)?" + MONTH + "\\.?+\\s*+,?+\\s*+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)?\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    /** Longer than any date line we care about; a longer string is cut before matching. */
    private static final int MAX_LINE = 400;

    private DateText() {
    }

    /** {@code YYYYMMDD} as headers write it; null when it is not a valid date. */
    public static LocalDate compact(String value) {
        if (value == null || value.length() < 8) {
            return null;
        }
        String digits = value.strip();
        if (digits.length() < 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return null;
            }
        }
        return of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }

    /** {@code YYYYMMDDhhmmss} as the ACCEPTANCE-DATETIME tag writes it. */
    public static LocalDateTime compactDateTime(String value) {
        LocalDate date = compact(value);
        if (date == null) {
            return null;
        }
        String digits = value.strip();
        if (digits.length() < 14) {
            return date.atStartOfDay();
        }
        try {
            return date.atTime(Integer.parseInt(digits.substring(8, 10)), Integer.parseInt(digits.substring(10, 12)),
                    Integer.parseInt(digits.substring(12, 14)));
        } catch (NumberFormatException | DateTimeException notATime) {
            return date.atStartOfDay();
        }
    }

    /** The first date written anywhere in a short piece of text, or null. */
    public static LocalDate find(String line) {
        if (line == null || line.isEmpty()) {
            return null;
        }
        String text = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
        if (!mayHoldDate(text)) {
            return null;
        }
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            int year = Integer.parseInt(m.group(3));
            if (year < 100) {
                year += year < 50 ? 2000 : 1900;
            }
            return of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /**
     * Every pattern above needs a four-digit year of 19xx or 20xx, except the numeric one, which needs a slash: a
     * line with neither (most lines of a cover page or a signature block) gets no matcher at all.
     */
    private static boolean mayHoldDate(String text) {
        if (text.indexOf('/') >= 0) {
            return true;
        }
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
                    && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase()) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
