package dev.edgarlive.filing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One EDGAR filing as the parser understood it: the header facts, the company, and what the
 * primary document says (items, signatures) beside what the submission carries (exhibits, documents).
 *
 * <p>Fields that the filing does not state are {@code null}; lists are never null.
 *
 * @param accessionNumber the SEC accession number ({@code 0000950134-00-009581}), null when the file carries none
 * @param formType        the form as filed, amendment suffix included ({@code 8-K}, {@code 10-K/A})
 * @param amendment       true for an amended form ({@code /A})
 * @param filedDate       the date EDGAR accepted the filing
 * @param periodOfReport  the period the filing covers; for an 8-K the date of the earliest event reported
 * @param acceptedAt      EDGAR's acceptance time stamp (Eastern time, as written), where present
 * @param company         the filer the header names, else the registrant the cover page names first
 * @param registrants     every registrant of a combined filing (several registrants filing one report), in the
 *                        order the cover page lists them; empty for a filing by one registrant, whose company is all
 *                        there is
 */
public record Filing(
        String accessionNumber,
        String formType,
        boolean amendment,
        LocalDate filedDate,
        LocalDate periodOfReport,
        LocalDateTime acceptedAt,
        Company company,
        List<Registrant> registrants,
        List<Item> items,
        List<Exhibit> exhibits,
        List<Signature> signatures,
        List<Document> documents,
        List<ParseIssue> warnings) {

    public Filing {
        registrants = List.copyOf(registrants);
        items = List.copyOf(items);
        exhibits = List.copyOf(exhibits);
        signatures = List.copyOf(signatures);
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    /** A filing by one registrant. */
    public Filing(String accessionNumber, String formType, boolean amendment, LocalDate filedDate,
                  LocalDate periodOfReport, LocalDateTime acceptedAt, Company company, List<Item> items,
                  List<Exhibit> exhibits, List<Signature> signatures, List<Document> documents,
                  List<ParseIssue> warnings) {
        this(accessionNumber, formType, amendment, filedDate, periodOfReport, acceptedAt, company, List.of(), items,
                exhibits, signatures, documents, warnings);
    }
}
