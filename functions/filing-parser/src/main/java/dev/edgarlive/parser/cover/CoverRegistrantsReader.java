package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Registrant;
import dev.edgarlive.parser.text.AsciiCase;
import dev.edgarlive.parser.text.DateText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registrants a combined filing's cover page lists: a parent and its subsidiaries filing one report, each with
 * its own file number, state and employer identification number. Three layouts, seen on utilities' and holding
 * companies' 8-Ks:
 * <ul>
 *   <li>a table whose row per registrant starts with the file number, the name beside it or under it, then its state
 *       ("(A Delaware Corporation)"), address and telephone, and its IRS number in the last column (Southern
 *       Company: one line per row in plain text, one line per paragraph of a cell in HTML);</li>
 *   <li>a table of one line per registrant: name, state, file number and IRS number in columns (Xcel Energy);</li>
 *   <li>the single-registrant block repeated for each registrant: the name over "(Exact name of registrant ...)",
 *       then state, file number and IRS number over their captions (Duke Energy).</li>
 * </ul>
 * Each registrant is found at its file number written as a cell of its own; a cover that lists one registrant
 * gives nothing here (the caption reader has it). Runs only on the cover's lines, with patterns on short lines.
 */
final class CoverRegistrantsReader {

    private static final Pattern FILE_NUMBER = Pattern.compile("(?<![\\d-])(\\d{1,4}-\\d{3,6}(?:-\\d{1,3})?)(?![\\d-])");
    private static final Pattern IRS_NUMBER = Pattern.compile("(?<![\\d-])(\\d{2}-\\s?\\d{7})(?![\\d-])");
    /** Cells of a row rendered on one line are two spaces or more apart. */
    private static final Pattern CELL_GAP = Pattern.compile("\\s{2,}");
    /** How far a registrant's entry runs past its file number: name, state, address, telephone, IRS number. */
    private static final int ENTRY_LINES = 8;
    private static final int LONGEST_CELL_LINE = 300;

    /** Every registrant the cover lists when it lists two or more, in its order; else an empty list. */
    List<Registrant> read(List<String> cover) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < cover.size(); i++) {
            if (fileNumberCell(cover.get(i)) != null) {
                starts.add(i);
            }
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Registrant> registrants = new ArrayList<>();
        Set<String> fileNumbers = new HashSet<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int limit = k + 1 < starts.size() ? starts.get(k + 1) : cover.size();
            Registrant registrant = entry(cover, start, limit);
            if (registrant != null && fileNumbers.add(registrant.fileNumber())) {
                registrants.add(registrant);
            }
        }
        return registrants.size() >= 2 ? registrants : List.of();
    }

    /** The registrant whose file number stands on line {@code start}; its entry ends before {@code limit}. */
    private static Registrant entry(List<String> cover, int start, int limit) {
        String line = cover.get(start);
        String fileNumber = fileNumberCell(line);
        List<String> lines = new ArrayList<>();
        for (int i = start + 1; i < limit && lines.size() < ENTRY_LINES; i++) {
            String next = cover.get(i);
            if (next.isEmpty()) {
                continue;
            }
            if (endsTheTable(next)) {
                break;
            }
            lines.add(next);
        }
        String name = null;
        String state = null;
        for (String cell : CELL_GAP.split(line)) {
            String value = cell.strip();
            if (value.isEmpty() || value.equals(fileNumber) || IRS_NUMBER.matcher(value).matches()) {
                continue;
            }
            if (StateNames.codeOf(value) != null) {
                state = state == null ? StateNames.codeOf(value) : state;
            } else if (name == null && isName(value)) {
                name = value;
            }
        }
        if (name == null) {
            name = nameOverCaption(cover, start);
        }
        if (name == null) {
            name = lines.stream().filter(CoverRegistrantsReader::isName).findFirst().orElse(null);
        }
        String irs = firstIrsNumber(line, lines);
        if (name == null || irs == null) {
            return null; // every registrant of the table states its IRS number; a stray number does not
        }
        if (state == null) {
            state = stateOfIncorporation(name, lines, cover, start);
        }
        return new Registrant(cleanName(name), null, state, fileNumber, CompanyFacts.irsNumber(irs));
    }

    /**
     * The file number of a line that holds one as a cell of its own ("1-3526", "1-3526  The Southern Company ...",
     * "Xcel Energy Inc.  Minnesota  001-3034  41-0448030"), else null. A caption's value ("Commission File
     * Number: 1-3526") is the single-registrant layout.
     */
    private static String fileNumberCell(String line) {
        if (line.isEmpty() || line.length() > LONGEST_CELL_LINE || !containsDigitDashDigit(line)) {
            return null;
        }
        String lower = AsciiCase.lowerCase(line);
        if (lower.contains("file n") || lower.contains("registration")) {
            return null;
        }
        for (String cell : CELL_GAP.split(line)) {
            String value = cell.strip();
            Matcher m = FILE_NUMBER.matcher(value);
            if (m.matches() && !IRS_NUMBER.matcher(value).matches()) {
                return value;
            }
        }
        return null;
    }

    private static boolean containsDigitDashDigit(String line) {
        for (int i = 1; i + 1 < line.length(); i++) {
            if (line.charAt(i) == '-' && Character.isDigit(line.charAt(i - 1)) && Character.isDigit(line.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The rest of the cover page, after the registrants' table. */
    private static boolean endsTheTable(String line) {
        String lower = AsciiCase.lowerCase(line);
        return lower.startsWith("check the appropriate") || lower.startsWith("(former name") || lower.startsWith("former name")
                || lower.startsWith("securities registered") || lower.startsWith("indicate by check")
                || lower.startsWith("this combined") || lower.startsWith("the addresses of");
    }

    /**
     * A registrant's name: letters, not a caption, not a parenthesised note, not an address or a telephone number
     * (they hold digits before their words), and short.
     */
    private static boolean isName(String value) {
        if (value.length() < 3 || value.length() > 150 || value.startsWith("(") || !Character.isLetter(value.charAt(0))
                || looksLikeCaption(value)) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetter(value.charAt(i))) {
                letters++;
            }
        }
        return letters >= 3 && StateNames.codeOf(value) == null && CoverPageReader.zipOf(value) == null
                && DateText.find(value) == null;
    }

    private static boolean looksLikeCaption(String value) {
        String lower = AsciiCase.lowerCase(value);
        return lower.contains("registrant") || lower.contains("file number") || lower.contains("identification")
                || lower.contains("incorporation") || lower.contains("jurisdiction") || lower.contains("telephone")
                || lower.contains("address") || lower.contains("commission") || lower.startsWith("exact name");
    }

    /**
     * The value over "(Exact name of registrant as specified in its charter)" just above the entry, if any: the
     * single-registrant block, repeated. A table's header cell ("Exact Name of Registrant; State ...") is no such
     * caption: what stands above it is the cover's, not a registrant's.
     */
    private static String nameOverCaption(List<String> cover, int start) {
        for (int i = start - 1; i >= Math.max(0, start - 4); i--) {
            String lower = AsciiCase.lowerCase(cover.get(i));
            if (lower.startsWith("(exact name of")) {
                for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                    if (isName(cover.get(j))) {
                        return cover.get(j);
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static String firstIrsNumber(String line, List<String> lines) {
        Matcher m = IRS_NUMBER.matcher(line);
        if (m.find()) {
            return m.group(1);
        }
        for (String next : lines) {
            Matcher n = IRS_NUMBER.matcher(next);
            if (n.find()) {
                return n.group(1);
            }
        }
        return null;
    }

    /**
     * The state in "(A Delaware Corporation)", "(a Pennsylvania limited liability company)" in the name's cell or
     * under it, else a state written alone just above the entry (the repeated-block layout); never a state of the
     * address.
     */
    private static String stateOfIncorporation(String name, List<String> lines, List<String> cover, int start) {
        int open = name.indexOf('(');
        if (open >= 0) {
            String state = StateNames.findIn(name.substring(open));
            if (state != null) {
                return state;
            }
        }
        for (String next : lines) {
            if (next.startsWith("(") && organizedAs(next)) {
                String state = StateNames.findIn(next);
                if (state != null) {
                    return state;
                }
            }
        }
        for (int i = start - 1; i >= Math.max(0, start - 2); i--) {
            String code = StateNames.codeOf(cover.get(i));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static boolean organizedAs(String note) {
        String lower = note.toLowerCase(Locale.ROOT);
        return lower.contains("corporation") || lower.contains("company") || lower.contains("partnership")
                || lower.contains("trust") || lower.contains("incorporated") || lower.contains("organized");
    }

    /** "EXELON CORPORATION (a Pennsylvania corporation)" to "EXELON CORPORATION"; trailing commas dropped. */
    private static String cleanName(String raw) {
        String name = raw;
        int open = name.indexOf('(');
        if (open > 0) {
            name = name.substring(0, open);
        }
        name = name.strip();
        while (name.endsWith(",") || name.endsWith(";")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name;
    }
}
