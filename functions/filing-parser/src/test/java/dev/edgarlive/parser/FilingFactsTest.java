package dev.edgarlive.parser;

import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.parser.cover.CoverPage;
import dev.edgarlive.parser.cover.CoverPageReader;
import dev.edgarlive.parser.envelope.DocumentSlice;
import dev.edgarlive.parser.envelope.SubmissionHeader;
import dev.edgarlive.parser.text.TextLines;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fact from the most trusted place that states it: a full submission's header, else a bare document's own
 * {@code <TYPE>}, inline XBRL {@code dei:} facts or cover page, as the corpus's headerless files need.
 */
class FilingFactsTest {

    private static final SubmissionHeader NO_HEADER = new SubmissionHeader(Map.of(), List.of(), List.of());
    private static final SubmissionHeader HEADER = new SubmissionHeader(Map.of(
            SubmissionHeader.SUBMISSION_TYPE, " 8-K/A ",
            SubmissionHeader.ACCESSION_NUMBER, "0000950117-01-501415",
            SubmissionHeader.PERIOD_OF_REPORT, "20011023"), List.of(), List.of());

    private final CoverPageReader covers = new CoverPageReader();

    @Test
    void theHeadersFormTypeWinsOverWhatTheDocumentSays() {
        assertThat(FilingFacts.formType(HEADER, document("10-K", "FORM 10-Q\n", Map.of("DocumentType", "10-Q")), covers))
                .isEqualTo("8-K/A");
    }

    @Test
    void withoutAHeaderTheFormTypeIsTheDocumentsTypeElseItsDeiFactElseItsCover() {
        assertThat(FilingFacts.formType(NO_HEADER, document(" 10-K ", "FORM 10-Q\n", Map.of()), covers)).isEqualTo("10-K");
        assertThat(FilingFacts.formType(NO_HEADER, document(null, "FORM 10-Q\n", Map.of("DocumentType", "8-K")), covers))
                .isEqualTo("8-K");
        assertThat(FilingFacts.formType(NO_HEADER, document(null, "SECURITIES AND EXCHANGE COMMISSION\nFORM 10-Q\n",
                Map.of()), covers)).isEqualTo("10-Q");
        assertThat(FilingFacts.formType(NO_HEADER, document(null, "A letter.\n", Map.of()), covers)).isNull();
    }

    @Test
    void anExhibitCutOutOfItsSubmissionDoesNotNameItsFormByItsOwnType() {
        assertThat(FilingFacts.formType(NO_HEADER, document("EX-99.1", "Press release\n", Map.of()), covers)).isNull();
        assertThat(FilingFacts.formType(NO_HEADER, document("ex-99.1", "Press release\n", Map.of()), covers)).isNull();
    }

    @Test
    void theAccessionNumberComesFromTheHeaderElseFromTheLineThatOpensTheFile() {
        assertThat(FilingFacts.accessionNumber(HEADER, "")).isEqualTo("0000950117-01-501415");
        assertThat(FilingFacts.accessionNumber(NO_HEADER, "<SEC-DOCUMENT>0001000685-97-000006.txt : 19970128\n<DOCUMENT>"))
                .isEqualTo("0001000685-97-000006");
        assertThat(FilingFacts.accessionNumber(NO_HEADER, "<IMS-DOCUMENT>0000950131-94-000440.txt : 19940330"))
                .isEqualTo("0000950131-94-000440");
        assertThat(FilingFacts.accessionNumber(NO_HEADER, "<html>Our file 0000950131-94-000440</html>")).isNull();
        assertThat(FilingFacts.accessionNumber(NO_HEADER, "x".repeat(5000) + "<SEC-DOCUMENT>0001000685-97-000006.txt"))
                .as("far below the top it is quoted text, not the file's own line").isNull();
    }

    @Test
    void thePeriodOfReportComesFromTheHeaderElseTheCoverElseTheDeiFacts() {
        CoverPage cover = new CoverPage(LocalDate.of(2001, 10, 22), null, null, null, null, null, null);
        CoverPage emptyCover = new CoverPage(null, null, null, null, null, null, null);
        Map<String, String> dei = Map.of("DocumentPeriodEndDate", "2001-10-21");

        assertThat(FilingFacts.periodOfReport(HEADER, cover, dei)).isEqualTo(LocalDate.of(2001, 10, 23));
        assertThat(FilingFacts.periodOfReport(NO_HEADER, cover, dei)).isEqualTo(LocalDate.of(2001, 10, 22));
        assertThat(FilingFacts.periodOfReport(NO_HEADER, emptyCover, dei)).isEqualTo(LocalDate.of(2001, 10, 21));
        assertThat(FilingFacts.periodOfReport(NO_HEADER, emptyCover, Map.of())).isNull();
    }

    @Test
    void anAmendmentSaysSoByItsFormTypeOrItsDeiFlag() {
        assertThat(FilingFacts.amendment("8-K/A", Map.of())).isTrue();
        assertThat(FilingFacts.amendment("10-k/a", Map.of())).isTrue();
        assertThat(FilingFacts.amendment("8-K", Map.of("AmendmentFlag", "TRUE"))).isTrue();
        assertThat(FilingFacts.amendment("8-K", Map.of("AmendmentFlag", "false"))).isFalse();
        assertThat(FilingFacts.amendment(null, Map.of())).isFalse();
    }

    private static PrimaryDocument document(String type, String text, Map<String, String> dei) {
        DocumentSlice slice = new DocumentSlice(1, type, null, null, 0, text.length(), false);
        return new PrimaryDocument(slice, DocumentFormat.PLAIN_TEXT, new TextLines(text), dei);
    }
}
