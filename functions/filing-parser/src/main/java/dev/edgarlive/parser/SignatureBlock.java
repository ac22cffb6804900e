package dev.edgarlive.parser;

import dev.edgarlive.filing.Signature;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The signature block of a report: where it starts ("SIGNATURE(S)" on its own line, or the "Pursuant to the
 * requirements of the Securities Exchange Act" sentence) and who signed it ("/s/ Name", "By:", "Name:",
 * "Title:", "Date:" lines, or table rows "/s/ Name  Title  Date").
 */
final class SignatureBlock {

    /** A signature block is short; this bounds the lines read after its start. */
    private static final int MAX_LINES = 120;

    private SignatureBlock() {
    }

    /** The first line at or after {@code from} that starts a signature block, or -1. */
    static int findStart(TextLines lines, int from) {
        for (int i = Math.max(0, from); i < lines.count(); i++) {
            if (startsBlock(lines, i)) {
                int previous = lines.previousNonBlank(i);
                return previous >= from && isSignatureHeading(lines.line(previous)) ? previous : i;
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
        return isSignatureHeading(lines.line(i));
    }

    private static boolean startsWithPursuant(String text, int p, int end) {
        return text.regionMatches(true, p, "Pursuant to the requirements of the Securities Exchange Act", 0, 58);
    }

    static boolean isSignatureHeading(String line) {
        String key = TitleKey.of(line);
        return key.equals("signature") || key.equals("signatures");
    }

    static List<Signature> read(TextLines lines, int start) {
        List<Signature> signatures = new ArrayList<>();
        if (start < 0) {
            return signatures;
        }
        int end = Math.min(lines.count(), start + MAX_LINES);
        LocalDate blockDate = null;
        List<int[]> pending = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String line = lines.line(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (i > start + 3 && isExhibitIndex(line)) {
                break;
            }
            String lower = line.toLowerCase();
            if (lower.startsWith("date:") || lower.startsWith("dated:") || lower.startsWith("date ") || lower.startsWith("dated ")) {
                LocalDate date = DateText.find(line);
                if (date != null) {
                    blockDate = blockDate == null ? date : blockDate;
                }
            }
            int slash = lower.indexOf("/s/");
            if (slash >= 0) {
                String[] cells = cells(line.substring(slash + 3));
                String name = cells.length > 0 ? cells[0] : "";
                String title = null;
                LocalDate date = null;
                for (int c = 1; c < cells.length; c++) {
                    LocalDate cellDate = DateText.find(cells[c]);
                    if (cellDate != null && date == null) {
                        date = cellDate;
                    } else if (title == null && !cells[c].toLowerCase().startsWith("name")) {
                        title = cells[c];
                    }
                }
                names.add(new String[] {name, title, date == null ? null : date.toString()});
                pending.add(new int[] {i});
                continue;
            }
            if (!names.isEmpty()) {
                String[] last = names.get(names.size() - 1);
                int lastLine = pending.get(pending.size() - 1)[0];
                if (lower.startsWith("name:")) {
                    last[0] = line.substring(5).strip();
                } else if (lower.startsWith("title:")) {
                    last[1] = line.substring(6).strip();
                } else if (last[1] == null && i - lastLine <= 3 && !lower.startsWith("by") && !lower.startsWith("date")
                        && !line.startsWith("_") && line.length() < 120 && !sameName(line, last[0])) {
                    last[1] = line;
                }
            }
        }
        for (String[] entry : names) {
            String name = cleanName(entry[0]);
            if (name.isEmpty()) {
                continue;
            }
            LocalDate date = entry[2] != null ? LocalDate.parse(entry[2]) : blockDate;
            signatures.add(new Signature(name, cleanTitle(entry[1]), date));
        }
        return signatures;
    }

    private static boolean isExhibitIndex(String line) {
        String key = TitleKey.of(line);
        return key.equals("exhibitindex") || key.equals("indextoexhibits") || key.startsWith("exhibitindex");
    }

    private static boolean sameName(String line, String name) {
        return name != null && TitleKey.of(line).equals(TitleKey.of(name));
    }

    /** Table rows render as cells separated by two or more spaces. */
    private static String[] cells(String line) {
        return line.strip().split("\\s{2,}");
    }

    private static String cleanName(String raw) {
        String name = raw == null ? "" : raw.strip();
        while (!name.isEmpty() && (name.charAt(0) == '_' || name.charAt(0) == ' ')) {
            name = name.substring(1);
        }
        while (name.endsWith(",") || name.endsWith("_")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name;
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
