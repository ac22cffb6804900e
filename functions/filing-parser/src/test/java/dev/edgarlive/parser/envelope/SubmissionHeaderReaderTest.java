package dev.edgarlive.parser.envelope;

import dev.edgarlive.filing.FormerName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Both header dialects into one vocabulary: the "KEY: value" header of {@code .txt} submissions (tab-indented
 * party blocks, ITEM INFORMATION titles, blank lines among them, tag lines such as {@code <ACCEPTANCE-DATETIME>})
 * and the tagged header of {@code .nc} files, whose names are translated ({@code <CONFORMED-NAME>} is COMPANY
 * CONFORMED NAME, {@code <ITEMS>} is ITEM INFORMATION). Modelled on the corpus's 1997 and 1999 headers.
 */
class SubmissionHeaderReaderTest {

    private final SubmissionHeaderReader reader = new SubmissionHeaderReader();

    private static final String KEY_VALUE = """
            <ACCEPTANCE-DATETIME>19970127163015
            ACCESSION NUMBER:\t\t0000912057-97-001234
            CONFORMED SUBMISSION TYPE:\t8-K
            PUBLIC DOCUMENT COUNT:\t\t1
            CONFORMED PERIOD OF REPORT:\t19970110
            ITEM INFORMATION:\t\tAcquisition or disposition of assets
            ITEM INFORMATION:\t\t
            ITEM INFORMATION:\t\tFinancial statements and exhibits
            FILED AS OF DATE:\t\t19970127

            FILER:

            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\tHARBOR LANE HOMES INC \\PA\\
            \t\tCENTRAL INDEX KEY:\t\t\t0001000999
            \t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tSERVICES-HOME HEALTH CARE SERVICES [8082]
            \t\tIRS NUMBER:\t\t\t\t232224899
            \t\tSTATE OF INCORPORATION:\t\t\tPA

            \tFILING VALUES:
            \t\tFORM TYPE:\t\t8-K
            \t\tSEC FILE NUMBER:\t000-26999

            \tBUSINESS ADDRESS:\t
            \t\tSTREET 1:\t\t2200 RENAISSANCE BLVD
            \t\tCITY:\t\t\tKING OF PRUSSIA
            \t\tSTATE:\t\t\tPA
            \t\tZIP:\t\t\t19406

            \tFORMER COMPANY:\t
            \t\tFORMER CONFORMED NAME:\tHARBOR LANE NURSING INC
            \t\tDATE OF NAME CHANGE:\t19950915
            """;

    @Test
    void aKeyValueHeaderGivesItsValuesItsItemLinesAndItsFiler() {
        SubmissionHeader header = read(KEY_VALUE, Envelope.HeaderKind.KEY_VALUE);

        assertThat(header.value(SubmissionHeader.ACCESSION_NUMBER)).isEqualTo("0000912057-97-001234");
        assertThat(header.value(SubmissionHeader.SUBMISSION_TYPE)).isEqualTo("8-K");
        assertThat(header.value(SubmissionHeader.FILED_AS_OF_DATE)).isEqualTo("19970127");
        assertThat(header.value(SubmissionHeader.ACCEPTANCE_DATETIME)).isEqualTo("19970127163015");
        assertThat(header.itemInformation()).containsExactly("Acquisition or disposition of assets", "",
                "Financial statements and exhibits");

        HeaderParty filer = header.principalParty();
        assertThat(filer.role()).isEqualTo("FILER");
        assertThat(filer.value(SubmissionHeader.COMPANY_DATA, "COMPANY CONFORMED NAME")).isEqualTo("HARBOR LANE HOMES INC \\PA\\");
        assertThat(filer.value(SubmissionHeader.COMPANY_DATA, "CENTRAL INDEX KEY")).isEqualTo("0001000999");
        assertThat(filer.value(SubmissionHeader.FILING_VALUES, "SEC FILE NUMBER")).isEqualTo("000-26999");
        assertThat(filer.value(SubmissionHeader.BUSINESS_ADDRESS, "CITY")).isEqualTo("KING OF PRUSSIA");
        assertThat(filer.formerNames()).extracting(FormerName::name, FormerName::changedOn)
                .containsExactly(tuple("HARBOR LANE NURSING INC", LocalDate.of(1995, 9, 15)));
    }

    @Test
    void aPartysKeysDoNotLeakIntoTheSubmissionsOwnValues() {
        SubmissionHeader header = read(KEY_VALUE, Envelope.HeaderKind.KEY_VALUE);

        assertThat(header.value("COMPANY CONFORMED NAME")).isNull();
        assertThat(header.value("FORM TYPE")).isNull();
    }

    @Test
    void theTaggedHeaderOfADisseminationFileIsReadUnderTheSameNames() {
        String nc = """
                <ACCESSION-NUMBER>0001493152-25-001317
                <TYPE>8-K
                <PERIOD>20250106
                <ITEMS>5.02
                <ITEMS>9.01
                <FILING-DATE>20250108
                <FILER>
                <COMPANY-DATA>
                <CONFORMED-NAME>BRIGHTWATER ENERGY INC
                <CIK>0000862999
                <STATE-OF-INCORPORATION>DE
                </COMPANY-DATA>
                <FILING-VALUES>
                <FORM-TYPE>8-K
                <FILE-NUMBER>001-33999
                </FILING-VALUES>
                <BUSINESS-ADDRESS>
                <STREET1>1309 COFFEEN AVENUE
                <CITY>SHERIDAN
                <PHONE>3027771234
                </BUSINESS-ADDRESS>
                <FORMER-COMPANY>
                <FORMER-CONFORMED-NAME>BRIGHTWATER SYSTEMS INC
                <DATE-CHANGED>20070716
                </FORMER-COMPANY>
                </FILER>
                """;
        SubmissionHeader header = read(nc, Envelope.HeaderKind.TAGGED);

        assertThat(header.value(SubmissionHeader.ACCESSION_NUMBER)).isEqualTo("0001493152-25-001317");
        assertThat(header.value(SubmissionHeader.SUBMISSION_TYPE)).isEqualTo("8-K");
        assertThat(header.value(SubmissionHeader.PERIOD_OF_REPORT)).isEqualTo("20250106");
        assertThat(header.value(SubmissionHeader.FILED_AS_OF_DATE)).isEqualTo("20250108");
        assertThat(header.itemInformation()).containsExactly("5.02", "9.01");
        HeaderParty filer = header.principalParty();
        assertThat(filer.value(SubmissionHeader.COMPANY_DATA, "COMPANY CONFORMED NAME")).isEqualTo("BRIGHTWATER ENERGY INC");
        assertThat(filer.value(SubmissionHeader.COMPANY_DATA, "CENTRAL INDEX KEY")).isEqualTo("0000862999");
        assertThat(filer.value(SubmissionHeader.FILING_VALUES, "SEC FILE NUMBER")).isEqualTo("001-33999");
        assertThat(filer.value(SubmissionHeader.BUSINESS_ADDRESS, "STREET 1")).isEqualTo("1309 COFFEEN AVENUE");
        assertThat(filer.value(SubmissionHeader.BUSINESS_ADDRESS, "BUSINESS PHONE")).isEqualTo("3027771234");
        assertThat(filer.formerNames()).extracting(FormerName::name, FormerName::changedOn)
                .containsExactly(tuple("BRIGHTWATER SYSTEMS INC", LocalDate.of(2007, 7, 16)));
    }

    @Test
    void theCompanyAFilingIsAboutIsTheFilerElseTheSubjectOrIssuerNotTheReportingOwner() {
        String form4 = """
                ACCESSION NUMBER:\t\t0001127602-24-000123
                CONFORMED SUBMISSION TYPE:\t4

                REPORTING-OWNER:

                \tOWNER DATA:\t
                \t\tCOMPANY CONFORMED NAME:\t\t\tDOE JANE

                ISSUER:

                \tCOMPANY DATA:\t
                \t\tCOMPANY CONFORMED NAME:\t\t\tORCHARD DEVICES INC
                """;
        SubmissionHeader header = read(form4, Envelope.HeaderKind.KEY_VALUE);

        assertThat(header.parties()).extracting(HeaderParty::role).containsExactly("REPORTING-OWNER", "ISSUER");
        assertThat(header.principalParty().role()).isEqualTo("ISSUER");
        assertThat(header.principalParty().value(SubmissionHeader.COMPANY_DATA, "COMPANY CONFORMED NAME"))
                .isEqualTo("ORCHARD DEVICES INC");
    }

    @Test
    void aFileWithoutAHeaderHasAnEmptyOne() {
        SubmissionHeader header = reader.read("<html>FORM 8-K</html>",
                new Envelope(Envelope.HeaderKind.NONE, -1, -1, List.of(), true, false));

        assertThat(header.values()).isEmpty();
        assertThat(header.itemInformation()).isEmpty();
        assertThat(header.principalParty()).isNull();
    }

    private SubmissionHeader read(String header, Envelope.HeaderKind kind) {
        // The header sits between other text, as it does in a file: the reader must keep to its bounds.
        String text = "<SEC-DOCUMENT>\n" + header + "<DOCUMENT>\nACCESSION NUMBER: 9999999999-99-999999\n";
        int start = "<SEC-DOCUMENT>\n".length();
        return reader.read(text, new Envelope(kind, start, start + header.length(), List.of(), false, false));
    }
}
