package dev.edgarlive.parser;

import java.util.List;
import java.util.Map;

/**
 * The facts of a submission header, whichever dialect carried them, under the "KEY: value" dialect's names.
 *
 * @param values          top-level keys ({@code ACCESSION NUMBER}, {@code FILED AS OF DATE}, ...) to their first value
 * @param itemInformation the ITEM INFORMATION lines in order, blank lines kept as empty strings
 */
record SubmissionHeader(Map<String, String> values, List<String> itemInformation, List<HeaderParty> parties) {

    static final String ACCESSION_NUMBER = "ACCESSION NUMBER";
    static final String SUBMISSION_TYPE = "CONFORMED SUBMISSION TYPE";
    static final String PERIOD_OF_REPORT = "CONFORMED PERIOD OF REPORT";
    static final String FILED_AS_OF_DATE = "FILED AS OF DATE";
    static final String ACCEPTANCE_DATETIME = "ACCEPTANCE-DATETIME";
    static final String ITEM_INFORMATION = "ITEM INFORMATION";

    static final String COMPANY_DATA = "COMPANY DATA";
    static final String FILING_VALUES = "FILING VALUES";
    static final String BUSINESS_ADDRESS = "BUSINESS ADDRESS";
    static final String MAIL_ADDRESS = "MAIL ADDRESS";
    static final String FORMER_COMPANY = "FORMER COMPANY";

    static final SubmissionHeader EMPTY = new SubmissionHeader(Map.of(), List.of(), List.of());

    SubmissionHeader {
        values = Map.copyOf(values);
        itemInformation = List.copyOf(itemInformation);
        parties = List.copyOf(parties);
    }

    String value(String key) {
        return values.get(key);
    }

    /** The company a filing is about: the first FILER, else the SUBJECT COMPANY or ISSUER, else the first party. */
    HeaderParty principalParty() {
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
