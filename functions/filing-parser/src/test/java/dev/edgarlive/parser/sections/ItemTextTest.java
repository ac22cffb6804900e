package dev.edgarlive.parser.sections;

import dev.edgarlive.parser.text.TextLines;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemTextTest {

    /** As a plain-text document's item is cleaned. */
    private static String clean(String text) {
        return ItemText.clean(new TextLines(text), 0, text.length(), true);
    }

    @Test
    void hardWrappedJustifiedProseBecomesOneLinePerParagraphWithSingleSpaces() {
        // Modelled on Apple's 1994 10-K (plain text, justified with extra spaces, wrapped at 75 columns).
        String text = """
                  Apple Computer, Inc. ("Apple" or the "Company") was incorporated under  the
                laws  of  the  State  of  California on January  3,  1977.   The  Company's
                principal business is the design, manufacture and marketing of microprocessor-based
                personal computers.

                  The Company operates in one principal industry  segment.
                """;
        assertThat(clean(text)).isEqualTo("Apple Computer, Inc. (\"Apple\" or the \"Company\") was incorporated under the"
                + " laws of the State of California on January 3, 1977. The Company's principal business is the design,"
                + " manufacture and marketing of microprocessor-based personal computers.\n\n"
                + "The Company operates in one principal industry  segment.");
    }

    @Test
    void aLineEndingASentenceKeepsItsBreakSoTableCellsAreNotRunTogether() {
        // An exhibit index row rendered from HTML: description and form in cells of their own paragraphs.
        String text = "Form of Performance Award Agreement under 2014 Employee Stock Plan effective as of August 18, 2020.\n"
                + "10-K\n";
        assertThat(clean(text)).isEqualTo(text.strip());
    }

    @Test
    void tablesKeepTheirColumnsAndLines() {
        String text = """
                Automotive                   design, manufacture, sale, and service
                Ford Motor Credit Company    vehicle-related financing, leasing, and
                The Hertz Corporation        renting and leasing of cars and trucks
                """;
        assertThat(clean(text)).isEqualTo(text.strip());
    }

    @Test
    void figuresInNarrowColumnsAreNotProse() {
        String text = "Net sales   $ 9,188   $ 7,977   $ 7,087\nCost of sales   5,248   4,564   3,991\n";
        assertThat(clean(text)).isEqualTo(text.strip());
    }

    @Test
    void shortHeadingAndListEntriesKeepTheirOwnLines() {
        String text = """
                Available Information
                The Company's Annual Reports on Form 10-K are available free of charge on the
                Company's website when such reports are available on the SEC's website, including:
                (1) the Annual Report on Form 10-K and all amendments filed with the Commission;
                (2) the Quarterly Reports on Form 10-Q.
                """;
        assertThat(clean(text)).isEqualTo("""
                Available Information
                The Company's Annual Reports on Form 10-K are available free of charge on the Company's website \
                when such reports are available on the SEC's website, including:
                (1) the Annual Report on Form 10-K and all amendments filed with the Commission;
                (2) the Quarterly Reports on Form 10-Q.""");
    }

    @Test
    void htmlTextIsNeverReflowedItsLinesEndWhereCellsEnd() {
        String text = "Certification of Chief Executive Officer pursuant to Rule 13a-14(a)/15d-14(a) under the Exchange Act\n"
                + "Filed herewith\n";
        assertThat(ItemText.clean(new TextLines(text), 0, text.length(), false)).isEqualTo(text.strip());
    }

    @Test
    void blankRunsCollapseToOneParagraphBreakAndEndsAreTrimmed() {
        assertThat(clean("\n\n  Item text.  \n\n\n\nNext paragraph.\n\n")).isEqualTo("Item text.\n\nNext paragraph.");
    }
}
