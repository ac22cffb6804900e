package dev.edgarlive.parser.sections;

import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.parser.envelope.SubmissionHeader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The header's ITEM INFORMATION against the items the body gave: titles in {@code .txt} headers ("Other events"),
 * numbers in {@code .nc} ones ("5.02"), blank lines before 2005. A title is read in its filing's era: before August
 * 2004 "Other events" is item 5, after it item 8.01.
 */
class HeaderItemsTest {

    private static final FormSchema CURRENT_REPORT = FormSchemas.CURRENT_REPORT;
    private static final LocalDate IN_2001 = LocalDate.of(2001, 10, 23);
    private static final LocalDate IN_2010 = LocalDate.of(2010, 3, 4);

    @Test
    void aNumberNamesItsItem() {
        assertThat(HeaderItems.resolve(CURRENT_REPORT, "5.02", IN_2010).normalizedCode()).isEqualTo("5.02");
        assertThat(HeaderItems.resolve(CURRENT_REPORT, " 9.01 ", IN_2010).normalizedCode()).isEqualTo("9.01");
    }

    @Test
    void aTitleNamesTheItemOfItsFilingsEra() {
        ItemDefinition before = HeaderItems.resolve(CURRENT_REPORT, "Other events", IN_2001);
        ItemDefinition after = HeaderItems.resolve(CURRENT_REPORT, "Other events", IN_2010);

        assertThat(before.code()).isEqualTo("5");
        assertThat(before.normalizedCode()).isEqualTo("8.01");
        assertThat(after.code()).isEqualTo("8.01");
        assertThat(HeaderItems.resolve(CURRENT_REPORT, "Financial statements and exhibits", IN_2001).code()).isEqualTo("7");
        assertThat(HeaderItems.resolve(CURRENT_REPORT, "Financial Statements and Exhibits", IN_2010).code()).isEqualTo("9.01");
    }

    @Test
    void aTitleThatIsNoItemsNamesNone() {
        assertThat(HeaderItems.resolve(CURRENT_REPORT, "Quarterly dividend", IN_2010)).isNull();
    }

    @Test
    void anItemOnlyTheHeaderListsIsAddedWithoutTextAndSaidSo() {
        List<Item> items = new ArrayList<>(List.of(new Item("5", "8.01", "Other Events", "The board met.")));
        List<ParseIssue> warnings = new ArrayList<>();

        HeaderItems.reconcile(header("Other events", "Financial statements and exhibits"), CURRENT_REPORT, IN_2001,
                items, warnings);

        assertThat(items).extracting(Item::code, Item::normalizedCode, Item::title, Item::text).containsExactly(
                tuple("5", "8.01", "Other Events", "The board met."),
                tuple("7", "9.01", "Financial Statements and Exhibits", ""));
        assertThat(warnings).extracting(ParseIssue::code).containsExactly("ITEM_ONLY_IN_HEADER");
    }

    @Test
    void anItemTheHeaderDoesNotListIsSaidSoUnlessTheHeaderHasBlankLines() {
        List<Item> body = List.of(new Item("5.02", "5.02", "Departure of Directors", "text"),
                new Item("9.01", "9.01", "Financial Statements and Exhibits", "text"));
        List<ParseIssue> named = new ArrayList<>();
        List<ParseIssue> withBlank = new ArrayList<>();

        HeaderItems.reconcile(header("5.02"), CURRENT_REPORT, IN_2010, new ArrayList<>(body), named);
        HeaderItems.reconcile(header("5.02", ""), CURRENT_REPORT, IN_2010, new ArrayList<>(body), withBlank);

        assertThat(named).extracting(ParseIssue::code, ParseIssue::message)
                .containsExactly(tuple("ITEM_NOT_IN_HEADER", "item 9.01 has a heading but the header does not list it"));
        assertThat(withBlank).as("a blank line reports an item without naming it").isEmpty();
    }

    @Test
    void aHeaderWithoutItemLinesChangesNothing() {
        List<Item> items = new ArrayList<>(List.of(new Item("8.01", "8.01", "Other Events", "text")));
        List<ParseIssue> warnings = new ArrayList<>();

        HeaderItems.reconcile(header(), CURRENT_REPORT, IN_2010, items, warnings);

        assertThat(items).hasSize(1);
        assertThat(warnings).isEmpty();
    }

    private static SubmissionHeader header(String... itemInformation) {
        return new SubmissionHeader(Map.of(), List.of(itemInformation), List.of());
    }
}
