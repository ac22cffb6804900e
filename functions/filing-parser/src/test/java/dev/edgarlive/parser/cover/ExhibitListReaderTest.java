package dev.edgarlive.parser.cover;

import dev.edgarlive.parser.text.TextLines;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Exhibit lists as 8-Ks write them: a "(d) Exhibits" table rendered to rows, "Exhibit 99.1 - ..." lines in prose,
 * an index whose numbers and descriptions sit in cells rendered to lines of their own, and descriptions wrapped
 * over two lines. Numbered paragraphs outside a list are prose, not exhibits.
 */
class ExhibitListReaderTest {

    private final ExhibitListReader reader = new ExhibitListReader();

    @Test
    void theRowsOfAnExhibitTableAreNumberAndDescription() {
        List<ExhibitListReader.Listed> listed = read("""
                Item 9.01 Financial Statements and Exhibits.

                (d) Exhibits.

                Exhibit No.  Description
                99.1  Press release dated March 4, 2024
                99.2  Investor presentation
                104  Cover Page Interactive Data File (embedded within the Inline XBRL document)
                """);

        assertThat(listed).extracting(ExhibitListReader.Listed::number, ExhibitListReader.Listed::description)
                .containsExactly(tuple("99.1", "Press release dated March 4, 2024"),
                        tuple("99.2", "Investor presentation"),
                        tuple("104", "Cover Page Interactive Data File (embedded within the Inline XBRL document)"));
    }

    @Test
    void anExhibitNamedWithItsWordCountsAnywhereInTheText() {
        List<ExhibitListReader.Listed> listed = read("""
                Item 7. Financial Statements and Exhibits.

                Exhibit 99 - Press release issued by the Company on January 10, 1997.
                """);

        assertThat(listed).extracting(ExhibitListReader.Listed::number, ExhibitListReader.Listed::description)
                .containsExactly(tuple("99", "Press release issued by the Company on January 10, 1997."));
    }

    @Test
    void aNumberAloneTakesTheNextLineAsItsDescription() {
        List<ExhibitListReader.Listed> listed = read("""
                EXHIBIT INDEX

                10.1

                Credit Agreement among Orchard Devices, Inc. and the lenders party thereto

                99.1

                Press release
                """);

        assertThat(listed).extracting(ExhibitListReader.Listed::number, ExhibitListReader.Listed::description)
                .containsExactly(tuple("10.1", "Credit Agreement among Orchard Devices, Inc. and the lenders party thereto"),
                        tuple("99.1", "Press release"));
    }

    @Test
    void aDescriptionWrappedOntoTheNextLineIsKeptWhole() {
        List<ExhibitListReader.Listed> listed = read("""
                EXHIBIT INDEX

                2.1 - Asset Acquisition Agreement among Harbor Lane Homes, Inc. and its Nominees,
                LHS Holdings, Inc. and Mark O'Neill.
                2.2 - Indemnification Agreement.
                """);

        assertThat(listed).extracting(ExhibitListReader.Listed::number, ExhibitListReader.Listed::description)
                .containsExactly(tuple("2.1", "Asset Acquisition Agreement among Harbor Lane Homes, Inc. and its Nominees,"
                                + " LHS Holdings, Inc. and Mark O'Neill."),
                        tuple("2.2", "Indemnification Agreement."));
    }

    @Test
    void numberedParagraphsOutsideAListAreNotExhibits() {
        assertThat(read("""
                Item 8.01 Other Events.

                1. The Board declared a quarterly dividend of $0.25 per share.
                2. The Board set the annual meeting for May 14, 2024.
                """)).isEmpty();
    }

    @Test
    void theFirstDescriptionOfANumberWinsAndImplausibleNumbersAreSkipped() {
        List<ExhibitListReader.Listed> listed = read("""
                Exhibit Index

                99.1  Press release dated March 4, 2024
                2024  Annual report to shareholders
                99.1  Press release (repeated on the signature page)
                """);

        assertThat(listed).extracting(ExhibitListReader.Listed::number, ExhibitListReader.Listed::description)
                .containsExactly(tuple("99.1", "Press release dated March 4, 2024"));
    }

    @Test
    void linesBeforeTheFirstLineAskedForAreNotRead() {
        TextLines lines = new TextLines("Exhibit 99.1 - Press release\n\nItem 9.01\n\nExhibit 99.2 - Slides\n");

        assertThat(reader.read(lines, 2, lines.count())).extracting(ExhibitListReader.Listed::number)
                .containsExactly("99.2");
    }

    private List<ExhibitListReader.Listed> read(String text) {
        TextLines lines = new TextLines(text);
        return reader.read(lines, 0, lines.count());
    }
}
