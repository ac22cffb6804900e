package dev.edgarlive.parser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What belongs to the page rather than the text. The fixtures copy the shapes of Ford's 1994 and 2002 10-Ks,
 * which repeat each item's heading at the top of every page it runs on, with words of our own.
 */
class PageFurnitureFilterTest {

    private final PageFurnitureFilter filter = new PageFurnitureFilter();

    private String clean(String text) {
        return filter.clean(new TextLines(text)).text();
    }

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
}
