package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Signature;
import dev.edgarlive.parser.text.AsciiCase;
import dev.edgarlive.parser.text.DateText;
import dev.edgarlive.parser.text.TextLines;
import dev.edgarlive.parser.text.TitleKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The signature block of a report: where it starts ("SIGNATURE(S)" on its own line, or the "Pursuant to the
 * requirements of the Securities Exchange Act" sentence) and who signed it ("/s/ Name", "By:", "Name:",
 * "Title:", "Date:" lines, or table rows "/s/ Name  Title  Date").
 */
public final class SignatureBlock {

    /** A signature block is short; this bounds the lines read after its start. */
    private static final int MAX_LINES = 120;

    private SignatureBlock() {
    }

    /** The first line at or after {@code from} that starts a signature block, or -1. */
    public static int findStart(TextLines lines, int from) {
        for (int i = Math.max(0, from); i < lines.count(); i++) {
            if (startsBlock(lines, i)) {
                int previous = lines.previousNonBlank(i);
                return previous >= from && isSignatureHeading(lines.text(), lines.start(previous), lines.end(previous))
                        ? previous : i;
            }
        }
        return -1;
    }

    private static boolean startsBlock(TextLines lines, int i) {
        int p = lines.firstNonSpace(i);
        int end = lines.end(i);
        if (end - p > 60 || end - p < 9) {
            return p < end && end - p >= 60 && startsWithPursuant(lines.text(), p, end);
        }
        return isSignatureHeading(lines.text(), p, end);
    }

    private static boolean startsWithPursuant(String text, int p, int end) {
        return AsciiCase.startsWith(text, p, end, "pursuant to the requirements of the securities exchange act");
    }

    static boolean isSignatureHeading(String line) {
        return isSignatureHeading(line, 0, line.length());
    }

    static boolean isSignatureHeading(String text, int from, int to) {
        if (TitleKey.firstChar(text, from, to) != 's') {
            return false;
        }
        String key = TitleKey.of(text, from, to, "signatures".length() + 1);
        return key.equals("signature") || key.equals("signatures");
    }

    /** One signer being read: the "/s/" line opens it, the lines just under it fill in the name and title. */
    private static final class Signer {
        String name;
        String title;
        LocalDate date;
        /** Non-blank lines read since the "/s/" line; a title further down belongs to no one. */
        int linesSince;
        /** The value of {@link #linesSince} at the title's (last) line: a wrapped title goes on on the next one. */
        int titleAt;
    }

    public static List<Signature> read(TextLines lines, int start) {
        List<Signature> signatures = new ArrayList<>();
        if (start < 0) {
            return signatures;
        }
        int end = Math.min(lines.count(), start + MAX_LINES);
        LocalDate blockDate = null;
        List<Signer> signers = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String line = lines.line(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (i > start + 3 && isExhibitIndex(line)) {
                break;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("date") && blockDate == null) {
                blockDate = DateText.find(line);
            }
            int slash = lower.indexOf("/s/");
            if (slash >= 0) {
                signers.add(signerFrom(line.substring(slash + 3)));
                continue;
            }
            if (signers.isEmpty()) {
                continue;
            }
            Signer last = signers.get(signers.size() - 1);
            last.linesSince++;
            if (lower.startsWith("name:")) {
                last.name = line.substring(5).strip();
            } else if (lower.startsWith("title:")) {
                last.title = line.substring(6).strip();
                last.titleAt = last.linesSince;
            } else if (last.title == null && last.linesSince <= 2 && isTitleLine(line, lower, last.name)) {
                last.title = line;
                last.titleAt = last.linesSince;
            } else if (last.title != null && last.linesSince == last.titleAt + 1 && endsUnfinished(last.title)
                    && line.length() < 80 && isTitleLine(line, lower, last.name)) {
                last.title = last.title + " " + line;
                last.titleAt = last.linesSince;
            }
        }
        for (Signer signer : signers) {
            String name = cleanName(signer.name);
            if (!name.isEmpty()) {
                signatures.add(new Signature(name, cleanTitle(signer.title), signer.date != null ? signer.date : blockDate));
            }
        }
        return signatures;
    }

    /** "/s/ Name" alone, or a table row "/s/ Name   Title   Date". */
    private static Signer signerFrom(String afterSlash) {
        Signer signer = new Signer();
        String[] cells = cells(afterSlash);
        signer.name = cells.length > 0 ? cells[0] : "";
        for (int c = 1; c < cells.length; c++) {
            LocalDate cellDate = DateText.find(cells[c]);
            if (cellDate != null && signer.date == null) {
                signer.date = cellDate;
            } else if (signer.title == null && !cells[c].toLowerCase(Locale.ROOT).startsWith("name")) {
                signer.title = cells[c];
            }
        }
        return signer;
    }

    private static boolean isTitleLine(String line, String lower, String name) {
        return !lower.startsWith("by") && !lower.startsWith("date") && !line.startsWith("_") && line.length() < 120
                && !isRule(line) && !sameName(line, name) && DateText.find(line) == null;
    }

    /**
     * A title line that cannot be the whole title ("Senior Vice President," or "Executive Vice President and"):
     * the title wraps onto the next line.
     */
    private static boolean endsUnfinished(String title) {
        String t = title.strip();
        return t.endsWith(",") || t.endsWith("&") || t.endsWith(" and") || t.endsWith(" of") || t.endsWith(" the");
    }

    /** "-----" or "_____": the line a signature is written on, not a title. */
    private static boolean isRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '-' && c != '_' && c != '=' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isExhibitIndex(String line) {
        char first = TitleKey.firstChar(line, 0, line.length());
        if (first != 'e' && first != 'i') {
            return false;
        }
        String key = TitleKey.of(line, 0, line.length(), "indextoexhibits".length() + 1);
        return key.equals("exhibitindex") || key.equals("indextoexhibits") || key.startsWith("exhibitindex");
    }

    private static boolean sameName(String line, String name) {
        return name != null && TitleKey.of(line).equals(TitleKey.of(name));
    }

    /** Table rows render as cells separated by two or more spaces (compiled once, not by {@code split} per row). */
    private static final Pattern CELL_GAP = Pattern.compile("\\s{2,}");

    private static String[] cells(String line) {
        return CELL_GAP.split(line.strip());
    }

    private static String cleanName(String raw) {
        String name = raw == null ? "" : raw.strip();
        // Runs are measured first and cut once: cutting a character at a time copied the rest of the line each
        // time, quadratic in a long run of rules or commas.
        int start = 0;
        while (start < name.length() && (name.charAt(start) == '_' || name.charAt(start) == ' ')) {
            start++;
        }
        int end = name.length();
        while (end > start && (name.charAt(end - 1) == ',' || name.charAt(end - 1) == '_')) {
            end--;
            while (end > start && Character.isWhitespace(name.charAt(end - 1))) {
                end--;
            }
        }
        String cut = name.substring(start, end);
        // As before: once a trailing comma or rule went, the name is stripped at both ends.
        return end < name.length() ? cut.strip() : cut;
    }

    private static String cleanTitle(String raw) {
        if (raw == null) {
            return null;
        }
        String title = raw.strip();
        if (title.toLowerCase().startsWith("title:")) {
            title = title.substring(6).strip();
        }
        return title.isEmpty() ? null : title;
    }
}
