package dev.edgarlive.parser.render;

import dev.edgarlive.parser.text.TextLines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What belongs to the page and not the text, in the shapes the corpus's filings print it: page numbers ("2",
 * "-3-", "Page 4 of 9", "F-3"), "Table of Contents" back-links at page tops, running headers and footers that
 * repeat on many pages; and what looks like it but is text.
 */
class PageFurnitureFilterTest {

    private static final char BREAK = RenderedText.PAGE_BREAK;

    private final PageFurnitureFilter filter = new PageFurnitureFilter();

    @Test
    void pageNumbersAndBackLinksAroundABreakGoAndSoDoesTheBreak() {
        String text = "The Company's results improved.\n\n-2-\n" + BREAK + "\nTable of Contents\n\nThe results continued.\n";

        assertThat(clean(text)).isEqualTo("The Company's results improved.\n\nThe results continued.\n");
    }

    @Test
    void anIsolatedPageNumberGoesEvenWithoutABreak() {
        assertThat(clean("First page text.\n\nPage 4 of 9\n\nSecond page text.\n"))
                .isEqualTo("First page text.\n\nSecond page text.\n");
        assertThat(clean("Notes follow.\n\nF-3\n\nNote 1.\n")).isEqualTo("Notes follow.\n\nNote 1.\n");
    }

    @Test
    void aFooterRepeatedOnManyPagesButForItsNumberGoes() {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= 3; page++) {
            text.append("Text of page ").append(page).append(".\n\nOrchard Devices, Inc. | 2024 Form 10-K | ")
                    .append(page).append('\n').append(BREAK).append('\n');
        }

        assertThat(clean(text.toString()).strip()).isEqualTo("Text of page 1.\n\nText of page 2.\n\nText of page 3.");
    }

    @Test
    void numbersThatAreTextStay() {
        assertThat(clean("Net sales were:\n2,345\nfor the year.\n")).isEqualTo("Net sales were:\n2,345\nfor the year.\n");
        assertThat(clean("Item 1.\n\n2024\n\nThe year in review.\n")).as("a year alone is no page number")
                .isEqualTo("Item 1.\n\n2024\n\nThe year in review.\n");
    }

    @Test
    void runsOfBlankLinesBecomeOne() {
        assertThat(clean("One.\n\n\n\nTwo.\n")).isEqualTo("One.\n\nTwo.\n");
    }

    @Test
    void aPageNumberIsShortAndOnlyANumberWithItsDecoration() {
        assertThat(PageFurnitureFilter.isPageNumber("12")).isTrue();
        assertThat(PageFurnitureFilter.isPageNumber("- 12 -")).isTrue();
        assertThat(PageFurnitureFilter.isPageNumber("iv")).isTrue();
        assertThat(PageFurnitureFilter.isPageNumber("Page 3 of 10")).isTrue();
        assertThat(PageFurnitureFilter.isPageNumber("I")).as("a pronoun or a part number").isFalse();
        assertThat(PageFurnitureFilter.isPageNumber("None.")).isFalse();
        assertThat(PageFurnitureFilter.isPageNumber("Exhibit 12")).isFalse();
    }

    // Ford's 1994 and 2002 10-Ks repeat each item's heading at the top of every page it runs on (shapes copied,
    // words our own).

    @Test
    void aHeadingCarriedOverToTheNextPageIsDropped() {
        String text = clean("""
                Item 1. Business

                We design and sell cars and trucks.
                                       2
                \f
                Item 1. Business (Continued)

                We also finance them.
                """);

        assertThat(text).isEqualTo("""
                Item 1. Business

                We design and sell cars and trucks.

                We also finance them.
                """);
    }

    @Test
    void aCarriedOverHeadingWrappedOrWithItsMarkOnTheNextLineIsDroppedWhole() {
        String text = clean("""
                The first page of the discussion.
                \f
                Item 7.  Management's Discussion and Analysis of Financial Condition
                and Results of Operations (Continued)

                The second page of the discussion.
                \f
                Item 14.  Exhibits, Financial Statement Schedules, and Reports on Form 8-K
                (Continued)

                10.1  Credit agreement.
                \f
                NOTES TO FINANCIAL STATEMENTS -- (CONTINUED)
                Note 3. Debt
                """);

        assertThat(text).isEqualTo("""
                The first page of the discussion.

                The second page of the discussion.

                10.1  Credit agreement.
                Note 3. Debt
                """);
    }

    @Test
    void continuedInTheTextOrFarFromAPageTopStays() {
        String text = """
                Item 3. Legal Proceedings

                The hearing was continued
                to a later date, and the matter is continued (see Note 5).
                """;
        assertThat(clean(text)).isEqualTo(text);

        String pageTop = clean("""
                The first page.
                \f
                The meeting of the board was continued
                """);
        assertThat(pageTop).contains("The meeting of the board was continued");
    }

    private String clean(String text) {
        return filter.clean(new TextLines(text)).text();
    }
}
