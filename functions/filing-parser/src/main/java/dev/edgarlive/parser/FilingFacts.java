package dev.edgarlive.parser;

import dev.edgarlive.parser.cover.CoverPage;
import dev.edgarlive.parser.cover.CoverPageReader;
import dev.edgarlive.parser.envelope.SubmissionHeader;
import dev.edgarlive.parser.text.DateText;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a filing may state in several places, each taken from the most trusted place that states it: the
 * submission header first, then the primary document (its {@code <TYPE>}, its inline XBRL {@code dei:} facts,
 * its cover page). A document cut out of its submission, or saved without its header, still says most of them.
 */
final class FilingFacts {

    private static final Pattern ACCESSION = Pattern.compile("\\b(\\d{10}-\\d{2}-\\d{6})\\b");

    private FilingFacts() {
    }

    /**
     * The header's submission type, else the document's own {@code <TYPE>} (unless it names an exhibit: an
     * exhibit cut out of its submission names itself, not the form it was filed with), else the {@code dei:}
     * document type, else the form its cover page names ("FORM 8-K"); null when none says it.
     */
    static String formType(SubmissionHeader header, PrimaryDocument primary, CoverPageReader covers) {
        String stated = statedFormType(header, primary);
        return stated != null ? stated : covers.formType(primary.lines());
    }

    private static String statedFormType(SubmissionHeader header, PrimaryDocument primary) {
        String fromHeader = header.value(SubmissionHeader.SUBMISSION_TYPE);
        if (fromHeader != null) {
            return fromHeader.strip();
        }
        if (primary.slice() != null && primary.slice().type() != null) {
            String type = primary.slice().type().strip();
            return ExhibitMatcher.isExhibitType(type) ? null : type;
        }
        String dei = primary.deiFacts().get("DocumentType");
        return dei == null || dei.isBlank() ? null : dei.strip();
    }

    /** An amended form ({@code 8-K/A}), or a document whose {@code dei:AmendmentFlag} says it amends one. */
    static boolean amendment(String formType, Map<String, String> dei) {
        return formType != null && formType.toUpperCase(Locale.ROOT).endsWith("/A")
                || "true".equalsIgnoreCase(dei.get("AmendmentFlag"));
    }

    /** The header's accession number, else the one on the {@code <SEC-DOCUMENT>} line that opens the file. */
    static String accessionNumber(SubmissionHeader header, String text) {
        String fromHeader = header.value(SubmissionHeader.ACCESSION_NUMBER);
        if (fromHeader != null) {
            return fromHeader.strip();
        }
        for (String tag : new String[] {"<SEC-DOCUMENT>", "<IMS-DOCUMENT>"}) {
            int at = text.indexOf(tag);
            if (at >= 0 && at < 4096) {
                int lineEnd = text.indexOf('\n', at);
                Matcher m = ACCESSION.matcher(text.substring(at, lineEnd < 0 ? Math.min(text.length(), at + 200) : lineEnd));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** The header's period of report, else the cover page's date of report, else {@code dei:DocumentPeriodEndDate}. */
    static LocalDate periodOfReport(SubmissionHeader header, CoverPage cover, Map<String, String> dei) {
        LocalDate fromHeader = DateText.compact(header.value(SubmissionHeader.PERIOD_OF_REPORT));
        if (fromHeader != null) {
            return fromHeader;
        }
        if (cover.dateOfReport() != null) {
            return cover.dateOfReport();
        }
        return DateText.find(dei.get("DocumentPeriodEndDate"));
    }
}
