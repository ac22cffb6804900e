package dev.edgarlive.parser.envelope;

import java.util.List;
import java.util.Map;

/**
 * The facts of a submission header, whichever dialect carried them, under the "KEY: value" dialect's names.
 *
 * @param values          top-level keys ({@code ACCESSION NUMBER}, {@code FILED AS OF DATE}, ...) to their first value
 * @param itemInformation the ITEM INFORMATION lines in order, blank lines kept as empty strings
 */
public record SubmissionHeader(Map<String, String> values, List<String> itemInformation, List<HeaderParty> parties) {

    public static final String ACCESSION_NUMBER = "ACCESSION NUMBER";
    public static final String SUBMISSION_TYPE = "CONFORMED SUBMISSION TYPE";
    public static final String PERIOD_OF_REPORT = "CONFORMED PERIOD OF REPORT";
    public static final String FILED_AS_OF_DATE = "FILED AS OF DATE";
    public static final String ACCEPTANCE_DATETIME = "ACCEPTANCE-DATETIME";
    static final String ITEM_INFORMATION = "ITEM INFORMATION";

    public static final String COMPANY_DATA = "COMPANY DATA";
    public static final String FILING_VALUES = "FILING VALUES";
    public static final String BUSINESS_ADDRESS = "BUSINESS ADDRESS";
    public static final String MAIL_ADDRESS = "MAIL ADDRESS";
    static final String FORMER_COMPANY = "FORMER COMPANY";

    static final SubmissionHeader EMPTY = new SubmissionHeader(Map.of(), List.of(), List.of());

    public SubmissionHeader {
        values = Map.copyOf(values);
        itemInformation = List.copyOf(itemInformation);
        parties = List.copyOf(parties);
    }

    public String value(String key) {
        return values.get(key);
    }

    /** The company a filing is about: the first FILER, else the SUBJECT COMPANY or ISSUER, else the first party. */
    public HeaderParty principalParty() {
        for (String role : new String[] {"FILER", "SUBJECT COMPANY", "ISSUER"}) {
            for (HeaderParty party : parties) {
                if (party.role().equals(role)) {
                    return party;
                }
            }
        }
        return parties.isEmpty() ? null : parties.get(0);
    }
}
