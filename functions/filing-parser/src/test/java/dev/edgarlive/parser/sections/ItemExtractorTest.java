package dev.edgarlive.parser.sections;

import dev.edgarlive.filing.Item;
import dev.edgarlive.parser.text.TextLines;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Items written without a heading line of their own: several short items run together on one line or in one
 * paragraph, laid out in a table row, or combined in one heading, as real 10-Qs and 10-Ks write their Part II
 * items. The fixtures copy the shapes seen in filings, with text of our own; each test also checks what must not
 * become an item (a contents entry, a cross-reference in prose).
 */
class ItemExtractorTest {

    private final ItemExtractor extractor = new ItemExtractor();

    private static final String PART_I = """
            FORM 10-Q

            PART I - FINANCIAL INFORMATION

            Item 1. Financial Statements

            Balance sheets and statements of operations for the quarter follow here in full.

            Item 4. Controls and Procedures

            Our disclosure controls and procedures were effective at the end of the quarter.

            PART II - OTHER INFORMATION

            Item 1. Legal Proceedings

            The Company is party to ordinary routine litigation incidental to its business.

            """;

    private List<Item> quarterly(String partTwo, boolean hardWrapped) {
        return extractor.extract(new TextLines(PART_I + partTwo), FormSchemas.QUARTERLY_REPORT, hardWrapped).items();
    }

    @Test
    void runOnItemsOnOneLineAreEachFoundWithTheirAnswer() {
        List<Item> items = quarterly("""
                Item 3. Defaults Upon Senior Securities. None. Item 4. Mine Safety Disclosures. Not applicable. \
                Item 5. Other Information. None.

                Item 6. Exhibits

                31.1 Certification of the Chief Executive Officer
                """, false);
        assertThat(items).extracting(Item::normalizedCode, Item::title, Item::text).containsExactly(
                tuple("I-1", "Financial Statements",
                        "Balance sheets and statements of operations for the quarter follow here in full."),
                tuple("I-4", "Controls and Procedures",
                        "Our disclosure controls and procedures were effective at the end of the quarter."),
                tuple("II-1", "Legal Proceedings",
                        "The Company is party to ordinary routine litigation incidental to its business."),
                tuple("II-3", "Defaults Upon Senior Securities", "None."),
                tuple("II-4", "Mine Safety Disclosures", "Not applicable."),
                tuple("II-5", "Other Information", "None."),
                tuple("II-6", "Exhibits", "31.1 Certification of the Chief Executive Officer"));
    }

    @Test
    void runOnItemWithProseAnswerKeepsItsTextUpToTheNextItem() {
        List<Item> items = quarterly("""
                ITEM 1A. RISK FACTORS. There have been no material changes to the risk factors disclosed in our \
                annual report. ITEM 2. UNREGISTERED SALES OF EQUITY SECURITIES AND USE OF PROCEEDS: None. \
                ITEM 6. EXHIBITS: See the exhibit index.
                """, false);
        assertThat(items.subList(3, items.size())).extracting(Item::normalizedCode, Item::title, Item::text)
                .containsExactly(
                        tuple("II-1A", "RISK FACTORS",
                                "There have been no material changes to the risk factors disclosed in our annual report."),
                        tuple("II-2", "UNREGISTERED SALES OF EQUITY SECURITIES AND USE OF PROCEEDS", "None."),
                        tuple("II-6", "EXHIBITS", "See the exhibit index."));
    }

    @Test
    void hardWrappedRunOnParagraphTakesTheTitleFromTheNextLine() {
        List<Item> items = quarterly("""
                Item 3.  Defaults Upon Senior Securities.  None.  Item 4.  Submission of
                Matters to a Vote of Security Holders.  None.

                Item 6.  Exhibits and Reports on Form 8-K

                No reports on Form 8-K were filed during the quarter.
                """, true);
        assertThat(items.subList(3, items.size())).extracting(Item::normalizedCode, Item::title, Item::text)
                .containsExactly(
                        tuple("II-3", "Defaults Upon Senior Securities", "None."),
                        tuple("II-4", "Submission of Matters to a Vote of Security Holders", "None."),
                        tuple("II-6", "Exhibits and Reports on Form 8-K",
                                "No reports on Form 8-K were filed during the quarter."));
    }

    @Test
    void tableRowWithTitleAndAnswerCellsGivesTheAnswerAsText() {
        // An HTML row <td>Item 3.</td><td>Defaults Upon Senior Securities</td><td>None.</td> renders as one line,
        // its cells two spaces apart.
        List<Item> items = quarterly("""
                Item 3.  Defaults Upon Senior Securities  None.
                Item 4.  Mine Safety Disclosures  Not applicable.
                Item 5.  Other Information  None.
                """, false);
        assertThat(items.subList(3, items.size())).extracting(Item::normalizedCode, Item::title, Item::text)
                .containsExactly(
                        tuple("II-3", "Defaults Upon Senior Securities", "None."),
                        tuple("II-4", "Mine Safety Disclosures", "Not applicable."),
                        tuple("II-5", "Other Information", "None."));
    }

    @Test
    void numberInOneCellAndTitleWithAnswerInTheNextRow() {
        List<Item> items = quarterly("""
                Item 3.
                Defaults Upon Senior Securities. None.
                Item 4.
                Mine Safety Disclosures
                Not applicable.
                """, false);
        assertThat(items.subList(3, items.size())).extracting(Item::normalizedCode, Item::title, Item::text)
                .containsExactly(
                        tuple("II-3", "Defaults Upon Senior Securities", "None."),
                        tuple("II-4", "Mine Safety Disclosures", "Not applicable."));
    }

    @Test
    void combinedNumbersWithANilAnswerTakeTheFormsTitles() {
        List<Item> items = quarterly("""
                Items 3 and 4. None.

                Item 6. Exhibits

                31.1 Certification of the Chief Executive Officer
                """, false);
        assertThat(items.subList(3, items.size())).extracting(Item::normalizedCode, Item::title, Item::text)
                .containsExactly(
                        tuple("II-3", "Defaults Upon Senior Securities", "None."),
                        tuple("II-4", "Mine Safety Disclosures", "None."),
                        tuple("II-6", "Exhibits", "31.1 Certification of the Chief Executive Officer"));
    }

    @Test
    void combinedNumbersAnsweredInOneSentenceAreEachItems() {
        List<Item> items = quarterly("""
                Items 3 and 4 are not applicable.

                Item 5. Other Information

                Items 2 and 3 are discussed in the notes to the financial statements above.

                Item 6. Exhibits

                31.1 Certification of the Chief Executive Officer
                """, false);
        // The sentence opens the two items; a sentence about items that gives no nil answer is Item 5's text.
        assertThat(items.subList(3, items.size())).extracting(Item::normalizedCode, Item::title, Item::text)
                .containsExactly(
                        tuple("II-3", "Defaults Upon Senior Securities", "not applicable."),
                        tuple("II-4", "Mine Safety Disclosures", "not applicable."),
                        tuple("II-5", "Other Information",
                                "Items 2 and 3 are discussed in the notes to the financial statements above."),
                        tuple("II-6", "Exhibits", "31.1 Certification of the Chief Executive Officer"));
    }

    @Test
    void aCurrentReportSayingItemsAreNotApplicableDoesNotReportThem() {
        String text = """
                FORM 8-K
                Items 1, 3 and 4 are not applicable.

                Item 5. Other Events

                The Company announced a new product line.
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.CURRENT_REPORT, false).items();
        assertThat(items).extracting(Item::code).containsExactly("5");
    }

    @Test
    void aPartHeadingRunIntoALineOpensItsPart() {
        String text = """
                FORM 10-Q
                PART I - FINANCIAL INFORMATION

                Item 1. Financial Statements

                Balance sheets and statements of operations for the quarter follow here in full.

                Item 4. Controls and Procedures. Our disclosure controls and procedures were effective at the end of \
                the quarter. PART II. OTHER INFORMATION. Item 1. Legal Proceedings. None.

                Item 6. Exhibits

                31.1 Certification of the Chief Executive Officer
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.QUARTERLY_REPORT, false).items();
        // Part II's Item 1 is Legal Proceedings, not a second Part I Item 1; the part heading is no item's text.
        assertThat(items).extracting(Item::normalizedCode, Item::title, Item::text).containsExactly(
                tuple("I-1", "Financial Statements",
                        "Balance sheets and statements of operations for the quarter follow here in full."),
                tuple("I-4", "Controls and Procedures",
                        "Our disclosure controls and procedures were effective at the end of the quarter."),
                tuple("II-1", "Legal Proceedings", "None."),
                tuple("II-6", "Exhibits", "31.1 Certification of the Chief Executive Officer"));
    }

    @Test
    void aPartNamedInProseOpensNoPart() {
        String text = """
                FORM 10-Q
                PART I - FINANCIAL INFORMATION

                Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations

                Our policies are described in our annual report. Part II. Item 7 of that report describes them.
                Our results follow. Part II - our risk factors - are unchanged.

                Item 3. Quantitative and Qualitative Disclosures About Market Risk

                There were no material changes in market risk during the quarter.
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.QUARTERLY_REPORT, false).items();
        assertThat(items).extracting(Item::normalizedCode).containsExactly("I-2", "I-3");
    }

    @Test
    void anItemOutOfOrderUnderItsOwnTitleIsKeptWhereItStands() {
        // The shape of CarMax's ABS 10-K: Item 1B written after Item 3, under the form's title for it. A heading
        // out of order without the item's title stays out (a cross-reference that happens to start a line), and so
        // does one under its title with no body before the next heading (a contents entry).
        String text = """
                FORM 10-K
                Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections
                PART I
                Item 1. Business. Omitted. Item 1A. Risk Factors. Omitted. Item 2. Properties. Omitted.
                Item 3. Legal Proceedings. Omitted. Item 1B. Unresolved Staff Comments. None.

                Item 4. Mine Safety Disclosures. Not applicable.

                Item 5. Market for the Registrant's Common Equity. Omitted.

                Item 7. Management's Discussion and Analysis. Omitted.

                Item 6. Described in the servicing report attached.
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.ANNUAL_REPORT, false).items();
        assertThat(items).extracting(Item::code, Item::text).containsExactly(
                tuple("1", "Omitted."), tuple("1A", "Omitted."), tuple("2", "Omitted."), tuple("3", "Omitted."),
                tuple("1B", "None."), tuple("4", "Not applicable."), tuple("5", "Omitted."),
                tuple("7", "Omitted.\n\nItem 6. Described in the servicing report attached."));
    }

    @Test
    void thinItemAnsweredNoneIsNotTakenForAContentsEntry() {
        // Part I Item 3 answered "Not applicable." has a thin body, and Part II has an Item 3 later: it is still
        // an item, where a contents entry would have no answer at all.
        String text = """
                FORM 10-Q
                PART I
                Item 3. Quantitative and Qualitative Disclosures About Market Risk

                Not applicable.

                Item 4. Controls and Procedures

                Our disclosure controls and procedures were effective at the end of the quarter.

                PART II
                Item 3. Defaults Upon Senior Securities. None.
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.QUARTERLY_REPORT, false).items();
        assertThat(items).extracting(Item::normalizedCode, Item::text).containsExactly(
                tuple("I-3", "Not applicable."),
                tuple("I-4", "Our disclosure controls and procedures were effective at the end of the quarter."),
                tuple("II-3", "None."));
    }

    @Test
    void twoItemsJoinedInOneHeadingShareTheirText() {
        // The shape of Norfolk Southern's 2008 10-K: "Item 1. Business and Item 2. Properties" over one text.
        String text = """
                FORM 10-K
                PART I
                Item 1. Business and Item 2. Properties

                We run a freight railroad over twenty thousand route miles in twenty-two states.

                Item 1A. Risk Factors

                Fuel prices and regulation may reduce our margins in any year.
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.ANNUAL_REPORT, false).items();
        assertThat(items).extracting(Item::code, Item::title).containsExactly(
                tuple("1", "Business and Properties"), tuple("2", "Business and Properties"),
                tuple("1A", "Risk Factors"));
        assertThat(items.get(0).text()).isEqualTo(items.get(1).text())
                .isEqualTo("We run a freight railroad over twenty thousand route miles in twenty-two states.");
    }

    @Test
    void crossReferencesInsideProseAreNotItems() {
        List<Item> items = quarterly("""
                Item 1A. Risk Factors

                For a discussion of our risks, see Part I, Item 1A of our annual report and Item 2. Properties of \
                the same report. Refer also to Part II. Item 1A. Risk Factors in our last quarterly report. \
                Item 3 of our annual report describes our legal proceedings. As stated in "Item 5. Other \
                Information" above, nothing changed. (Item 6. Exhibits lists the agreements.)

                Item 6. Exhibits

                31.1 Certification of the Chief Executive Officer
                """, false);
        assertThat(items).extracting(Item::normalizedCode)
                .containsExactly("I-1", "I-4", "II-1", "II-1A", "II-6");
        assertThat(items.get(3).text()).startsWith("For a discussion of our risks").endsWith("the agreements.)");
    }

    @Test
    void sentenceAfterAFullStopThatOnlyMentionsAnItemIsNotOne() {
        List<Item> items = quarterly("""
                Item 2. Unregistered Sales of Equity Securities and Use of Proceeds

                We bought back no shares. Item 5. Other Information of our annual report describes the plan in \
                detail and is not repeated here.

                Item 6. Exhibits

                31.1 Certification of the Chief Executive Officer
                """, false);
        assertThat(items).extracting(Item::normalizedCode).containsExactly("I-1", "I-4", "II-1", "II-2", "II-6");
    }

    @Test
    void runOnContentsEntriesAreDroppedLikeLineContentsEntries() {
        String text = """
                FORM 10-Q
                TABLE OF CONTENTS
                PART II. OTHER INFORMATION
                Item 1. Legal Proceedings.  Item 1A. Risk Factors.  Item 6. Exhibits.

                PART II. OTHER INFORMATION
                Item 1. Legal Proceedings

                The Company is party to ordinary routine litigation incidental to its business.

                Item 1A. Risk Factors

                There have been no material changes to the risk factors previously disclosed.

                Item 6. Exhibits

                31.1 Certification of the Chief Executive Officer
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.QUARTERLY_REPORT, false).items();
        assertThat(items).extracting(Item::normalizedCode).containsExactly("II-1", "II-1A", "II-6");
        assertThat(items.get(0).text()).startsWith("The Company is party");
    }

    @Test
    void currentReportsAreNotReadForRunOnHeadings() {
        // An 8-K's items come in any order, so nothing would drop a cross-reference found inside a line.
        String text = """
                FORM 8-K
                Item 8.01 Other Events. The Company closed its offering. Item 9.01 Financial Statements and Exhibits.
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.CURRENT_REPORT, false).items();
        assertThat(items).extracting(Item::code).containsExactly("8.01");
    }
    @Test
    void headingsAnnouncedTogetherEachGetTheSharedTextAndSaySo() {
        // "Item 1.01. Entry into ..." straight over "Item 2.03. Creation of ...", then one text, as real 8-Ks write it.
        String text = """
                FORM 8-K

                Item 1.01. Entry into a Material Definitive Agreement.

                Item 2.03. Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet \
                Arrangement of a Registrant.

                On June 2, 2009, the Company entered into a credit agreement with a syndicate of banks providing for
                a $250 million revolving credit facility maturing in 2012.

                Item 9.01. Financial Statements and Exhibits.

                (d) Exhibits

                10.1 Credit Agreement dated as of June 2, 2009
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.CURRENT_REPORT, false).items();

        assertThat(items).extracting(Item::code, Item::textSharedWith).containsExactly(
                tuple("1.01", List.of("2.03")), tuple("2.03", List.of("1.01")), tuple("9.01", List.of()));
        assertThat(items.get(0).text()).startsWith("On June 2, 2009").isEqualTo(items.get(1).text());
        assertThat(items.get(2).text()).startsWith("(d) Exhibits");
    }

    @Test
    void itemsOfOneHeadingShareItsText() {
        String text = """
                FORM 8-K
                Items 1.01 and 5.02. Entry into a Material Definitive Agreement; Departure of Directors

                On May 1, 2024 the Company entered into an employment agreement with its new Chief Executive Officer.
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.CURRENT_REPORT, false).items();

        assertThat(items).extracting(Item::code, Item::textSharedWith)
                .containsExactly(tuple("1.01", List.of("5.02")), tuple("5.02", List.of("1.01")));
    }

    @Test
    void partThreeItemsAnsweredByOneTextShareIt() {
        // Medicis' 1999 10-K and GameStop's 2024 10-K: the Part III headings in a row, then one text naming them.
        String text = """
                FORM 10-K

                Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure

                None.

                PART III

                Item 10. Directors and Executive Officers of the Registrant

                Item 11. Executive Compensation

                Item 12. Security Ownership of Certain Beneficial Owners and Management

                The information called for by Items 10, 11 and 12 is incorporated by reference to the proxy statement.
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.ANNUAL_REPORT, false).items();

        assertThat(items).extracting(Item::code, Item::textSharedWith).containsExactly(tuple("9", List.of()),
                tuple("10", List.of("11", "12")), tuple("11", List.of("10", "12")), tuple("12", List.of("10", "11")));
        assertThat(items.get(1).text()).startsWith("The information called for by Items 10, 11 and 12");
    }

    @Test
    void reservedOrOmittedItemsAreNotAnnouncedWithTheNextOne() {
        // Apple's "Item 6. [Reserved]" over Item 7; CarMax's ABS 10-K listing the items it omits, then one answered.
        String text = """
                FORM 10-K

                Item 5. Market for Registrant's Common Equity

                Our common stock is traded on the Nasdaq Global Select Market under the symbol AAPL.

                Item 6. [Reserved]

                Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations

                Net sales grew by two percent during the year, led by services.

                PART III

                The following items have been omitted in accordance with General Instruction J to Form 10-K:

                Item 10. Directors, Executive Officers and Corporate Governance.

                Item 11. Executive Compensation.

                Item 14. Principal Accountant Fees and Services.

                Substitute information provided in accordance with General Instruction J to Form 10-K follows.
                """;
        List<Item> items = extractor.extract(new TextLines(text), FormSchemas.ANNUAL_REPORT, false).items();

        assertThat(items).extracting(Item::code, Item::textSharedWith).containsExactly(tuple("5", List.of()),
                tuple("6", List.of()), tuple("7", List.of()), tuple("10", List.of()), tuple("11", List.of()),
                tuple("14", List.of()));
        assertThat(items.get(1).text()).isEmpty();
        assertThat(items.get(3).text()).isEmpty();
        assertThat(items.get(5).text()).startsWith("Substitute information");
    }
}
