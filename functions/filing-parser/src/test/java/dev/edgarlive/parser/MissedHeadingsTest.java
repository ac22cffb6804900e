package dev.edgarlive.parser;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus check for headings left inside an item's text: what it flags, and the cross-references it must not. */
class MissedHeadingsTest {

    private static Filing filing(String formType, Item... items) {
        return new Filing(null, formType, false, null, null, null, null, List.of(items), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void aHeadingOfAnotherItemInsideTheTextIsFlagged() {
        Filing filing = filing("8-K", new Item("8.01", "8.01", "Other Events", """
                The Board declared a cash dividend of $0.12 per share.

                Section 9 - Financial Statements and Exhibits

                Item 9.01 Financial Statements and Exhibits

                (d) Exhibits"""));

        assertThat(MissedHeadings.in(filing)).extracting(MissedHeadings.Missed::code).containsExactly("9.01");
    }

    @Test
    void aPageHeaderRepeatingTheItemsOwnHeadingIsFlagged() {
        Filing filing = filing("10-K", new Item("1", "1", "Business", """
                We design and sell cars and trucks.

                Item 1. Business (Continued)

                We also finance them."""));

        assertThat(MissedHeadings.in(filing)).extracting(MissedHeadings.Missed::code).containsExactly("1");
    }

    @Test
    void crossReferencesAreNotHeadings() {
        Filing filing = filing("10-K", new Item("1A", "1A", "Risk Factors", """
                The information set forth under
                Item 13--Certain Relationships and Related Transactions, if we issue units, applies.

                Item 2.02 of this report is incorporated here.

                Item 7 above describes our results.

                Item 601 of Regulation S-K lists the exhibits.""".replace("Item 2.02", "Item 2")),
                new Item("14", "14", "Exhibits", """
                        Item 14 (a)(2): Financial Statement Schedules

                        Item 14(a)(3): Exhibits"""));

        assertThat(MissedHeadings.in(filing)).isEmpty();
    }

    @Test
    void aParagraphOfAnotherItemIsFlagged() {
        Filing filing = filing("8-K", new Item("5", "8.01", "Other Events", """
                The Company announced a new chief executive.

                Item 7(c). Exhibits"""));

        assertThat(MissedHeadings.in(filing)).extracting(MissedHeadings.Missed::code).containsExactly("7");
    }

    @Test
    void formsWithoutAnItemSchemaAreNotChecked() {
        assertThat(MissedHeadings.in(filing("S-1", new Item("1", "1", "x", "Item 1. Business")))).isEmpty();
        assertThat(MissedHeadings.in(filing(null, new Item("1", "1", "x", "Item 1. Business")))).isEmpty();
    }
}
