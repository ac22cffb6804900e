package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Address;
import dev.edgarlive.parser.text.TextLines;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cover pages as the corpus's filings lay them out: a 1990s plain-text cover with values in columns over their
 * parenthesised captions, a modern HTML cover rendered to lines (table cells two spaces apart), and a cover with
 * no name caption at all. Each fact is found by its caption and its shape, near the caption.
 */
class CoverPageReaderTest {

    private final CoverPageReader reader = new CoverPageReader();

    /** The layout of a 1997 plain-text 8-K: captions under their values, three to a line. */
    private static final String TEXT_COVER = """
            SECURITIES AND EXCHANGE COMMISSION

            Washington, DC  20549

            FORM 8-K

             CURRENT REPORT

            PURSUANT TO SECTION 13 OR 15 (d) OF THE SECURITIES
            EXCHANGE ACT OF 1934

            Date of Report  (Date of earliest event reported)  January 10, 1997

            HARBOR LANE HOMES, INC.
            (Exact name of registrant as specified in its charter)

            Pennsylvania                    23-2224899               0-26999
            (State or other juris-         (IRS Employer       (Commission File No.)
            diction of incorporation)    Identification No.)

            2200 Renaissance Boulevard
            Suite 300
            King of Prussia, PA                                 19406
            (Address of principal executive offices)          (Zip code)

            Registrant's telephone number, including area code: (610) 272-1799
            """;

    @Test
    void aPlainTextCoverGivesEachFactFromBesideItsCaption() {
        CoverPage cover = read(TEXT_COVER);

        assertThat(cover.dateOfReport()).isEqualTo(LocalDate.of(1997, 1, 10));
        assertThat(cover.companyName()).isEqualTo("HARBOR LANE HOMES, INC.");
        assertThat(cover.stateOfIncorporation()).isEqualTo("PA");
        assertThat(cover.irsNumber()).isEqualTo("23-2224899");
        assertThat(cover.fileNumber()).isEqualTo("0-26999");
        assertThat(cover.phone()).isEqualTo("(610) 272-1799");
        assertThat(cover.address()).isEqualTo(new Address("2200 Renaissance Boulevard", "Suite 300", "King of Prussia",
                "PA", "19406"));
    }

    @Test
    void anHtmlCoverRenderedToLinesReadsTheSameWay() {
        CoverPage cover = read("""
                UNITED STATES
                SECURITIES AND EXCHANGE COMMISSION
                Washington, D.C. 20549

                FORM 8-K

                CURRENT REPORT
                Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

                Date of Report (Date of earliest event reported): March 4, 2024

                ORCHARD DEVICES, INC.
                (Exact name of registrant as specified in its charter)

                Delaware  001-36999  94-2404999
                (State or other jurisdiction of incorporation)  (Commission File Number)  (IRS Employer Identification No.)

                One Orchard Way, Cupertino, California  95014
                (Address of principal executive offices)  (Zip Code)

                (408) 996-1099
                (Registrant's telephone number, including area code)
                """);

        assertThat(cover.dateOfReport()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(cover.companyName()).isEqualTo("ORCHARD DEVICES, INC.");
        assertThat(cover.stateOfIncorporation()).isEqualTo("DE");
        assertThat(cover.fileNumber()).isEqualTo("001-36999");
        assertThat(cover.irsNumber()).isEqualTo("94-2404999");
        assertThat(cover.phone()).isEqualTo("(408) 996-1099");
        assertThat(cover.address()).isEqualTo(new Address("One Orchard Way", null, "Cupertino", "CA", "95014"));
    }

    @Test
    void withoutANameCaptionTheNameIsTheLineEndingInACorporateSuffix() {
        CoverPage cover = read("""
                SECURITIES AND EXCHANGE COMMISSION
                WASHINGTON, D.C. 20549

                FORM 8-K

                LAKESHORE INDUSTRIES, INC.

                Date of Report: June 2, 1995
                """);

        assertThat(cover.companyName()).isEqualTo("LAKESHORE INDUSTRIES, INC.");
        assertThat(cover.dateOfReport()).isEqualTo(LocalDate.of(1995, 6, 2));
    }

    @Test
    void aCaptionWithoutAValueNearItGivesNoValueRatherThanAnother() {
        CoverPage cover = read("""
                FORM 8-K

                (Exact name of registrant as specified in its charter)

                (Commission File Number)

                Item 8.01 Other Events.
                """);

        assertThat(cover.companyName()).isNull();
        assertThat(cover.fileNumber()).isNull();
        assertThat(cover.irsNumber()).isNull();
        assertThat(cover.stateOfIncorporation()).isNull();
        assertThat(cover.address()).isNull();
        assertThat(cover.phone()).isNull();
        assertThat(cover.dateOfReport()).isNull();
    }

    @Test
    void onlyTheLinesBeforeTheCoversEndAreRead() {
        TextLines lines = new TextLines(TEXT_COVER);
        int nameLine = 0;
        while (!lines.line(nameLine).startsWith("HARBOR LANE")) {
            nameLine++;
        }

        CoverPage cover = reader.read(lines, nameLine);

        assertThat(cover.dateOfReport()).isEqualTo(LocalDate.of(1997, 1, 10));
        assertThat(cover.companyName()).isNull();
        assertThat(cover.fileNumber()).isNull();
    }

    @Test
    void theFormTypeIsTheOneALineOpensWith() {
        assertThat(reader.formType(new TextLines("SECURITIES AND EXCHANGE COMMISSION\n\n    FORM 8-K\nCURRENT REPORT\n")))
                .isEqualTo("8-K");
        assertThat(reader.formType(new TextLines("Form 10-K/A\nAmendment No. 1\n"))).isEqualTo("10-K/A");
        assertThat(reader.formType(new TextLines("FORM 10-Q\n"))).isEqualTo("10-Q");
        assertThat(reader.formType(new TextLines("Form of Indemnification Agreement\nas filed on Form 8-K\n")))
                .as("a form named inside a sentence, or a document that is a form of agreement").isNull();
    }

    private CoverPage read(String text) {
        return reader.read(new TextLines(text), -1);
    }
}
