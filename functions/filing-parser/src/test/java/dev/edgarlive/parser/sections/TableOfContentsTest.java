package dev.edgarlive.parser.sections;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;
import dev.edgarlive.parser.text.TextLines;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * An item's text comes from its place in the body, never from a table of contents. The fixtures copy the layouts of
 * real filings with words of our own: the linked table of contents of a filing agent's 8-K template common from
 * 2005 to 2010 (SanDisk, Stockwalk), a financial printer's later variant (Oracle's 2014 8-K in the corpus), the same
 * table without links, the unlinked table of a 10-Q (Oracle, Alphabet, Meta) and the plain-text index of a 1990s
 * 10-Q with page numbers. Each test says what must not be taken for an entry.
 */
class TableOfContentsTest {

    private final FilingParser parser = new FilingParser();

    private Filing parse(String text) {
        ParseResult result = parser.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        return result.filing().orElseThrow();
    }

    /** One item heading of the template: an anchor, then the number and the title in two cells of a table. */
    private static String twoCellHeading(String anchor, String number, String title) {
        return """
                <!-- link1 "Item&nbsp;%2$s %3$s" -->
                <DIV align="left"><A NAME="%1$s"></A></DIV>
                <DIV align="left" style="margin-top: 12pt">
                <TABLE width="100%%" border="0" cellpadding="0" cellspacing="0" style="font-size: 10pt">
                <TR><TD width="3%%"></TD><TD width="1%%"></TD><TD></TD></TR>
                <TR valign="top">
                    <TD nowrap align="left"><B>Item&#160;%2$s</B></TD>
                    <TD>&nbsp;</TD>
                    <TD><B>%3$s</B></TD>
                </TR>
                </TABLE>
                </DIV>
                """.formatted(anchor, number, title);
    }

    private static final String AGENT_TEMPLATE_8K = """
            <HTML><BODY>
            <H5 align="left"><A HREF="#toc">Table of Contents</A></H5><P>
            <DIV align="center"><B>UNITED STATES<BR>SECURITIES AND EXCHANGE COMMISSION</B></DIV>
            <DIV align="center"><B>FORM 8-K</B></DIV>
            <DIV align="center"><B>Harbor Widget Corporation</B><BR>(Exact name of registrant as specified in its charter)</DIV>
            <A name="toc"><DIV align="CENTER" style="page-break-before:always"><U><B>TABLE OF CONTENTS</B></U></DIV></A>
            <DIV align="center"><TABLE width="90%">
            <TR><TD colspan="9"><A HREF="#000">Item&nbsp;1.01. Entry into a Material Definitive Agreement</A></TD></TR>
            <TR><TD colspan="9"><A HREF="#001">Item&nbsp;2.03. Creation of a Direct Financial Obligation</A></TD></TR>
            <TR><TD colspan="9"><A HREF="#002">Item&nbsp;9.01. Financial Statements and Exhibits</A></TD></TR>
            <TR><TD colspan="9"><A HREF="#003">SIGNATURE</A></TD></TR>
            <TR><TD colspan="9"><A HREF="#004">EXHIBIT INDEX</A></TD></TR>
            <TR><TD colspan="9"><A HREF="#005">EX-10.1: CREDIT AGREEMENT</A></TD></TR>
            <TR><TD colspan="9"><A HREF="#006">EX-99.1: PRESS RELEASE</A></TD></TR>
            </TABLE></DIV>
            <H5 align="left" style="page-break-before:always"><A HREF="#toc">Table of Contents</A></H5><P>
            """
            + twoCellHeading("000", "1.01.", "Entry into a Material Definitive Agreement.")
            + """
            <DIV style="margin-top: 6pt">On March 3, 2008, the Company entered into a credit agreement with a group of
            lenders providing for a revolving credit facility of $500 million.</DIV>
            """
            + twoCellHeading("001", "2.03.", "Creation of a Direct Financial Obligation.")
            + """
            <DIV style="margin-top: 6pt">The information set forth under Item&nbsp;1.01 above is incorporated herein by
            reference.</DIV>
            """
            + twoCellHeading("002", "9.01.", "Financial Statements and Exhibits.")
            + """
            <DIV style="margin-top: 6pt">(d) Exhibits</DIV>
            <TABLE><TR><TD>10.1</TD><TD>Credit Agreement dated as of March 3, 2008</TD></TR>
            <TR><TD>99.1</TD><TD>Press release dated March 4, 2008</TD></TR></TABLE>
            <H5 align="left" style="page-break-before:always"><A HREF="#toc">Table of Contents</A></H5><P>
            <DIV align="left"><A NAME="003"></A></DIV>
            <DIV align="center"><B>SIGNATURE</B></DIV>
            <DIV>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused
            this report to be signed on its behalf by the undersigned hereunto duly authorized.</DIV>
            <DIV>By: /s/ Jane Roe<BR>Jane Roe<BR>Chief Financial Officer</DIV>
            <DIV>Date: March 4, 2008</DIV>
            <DIV align="left"><A NAME="004"></A></DIV>
            <DIV align="center"><B>EXHIBIT INDEX</B></DIV>
            <TABLE><TR><TD>10.1</TD><TD>Credit Agreement dated as of March 3, 2008</TD></TR></TABLE>
            </BODY></HTML>
            """;

    @Test
    void linkedTableOfContentsOfTheAgentTemplateGivesNoItemText() {
        Filing filing = parse(AGENT_TEMPLATE_8K);

        assertThat(filing.items()).extracting(Item::code, Item::title).containsExactly(
                tuple("1.01", "Entry into a Material Definitive Agreement"),
                tuple("2.03", "Creation of a Direct Financial Obligation"),
                tuple("9.01", "Financial Statements and Exhibits"));
        assertThat(filing.items().get(0).text()).startsWith("On March 3, 2008");
        assertThat(filing.items().get(1).text())
                .isEqualTo("The information set forth under Item 1.01 above is incorporated herein by reference.");
        assertThat(filing.items().get(2).text()).startsWith("(d) Exhibits").contains("99.1")
                .doesNotContain("SIGNATURE").doesNotContain("EXHIBIT INDEX");
    }

    @Test
    void aSingleEntryTableOfContentsFollowedByOtherEntriesIsNoItem() {
        // Oracle's printer: one item in the table, then the signature, the exhibit list and each exhibit.
        Filing filing = parse("""
                <html><body><p>FORM 8-K</p>
                <p><b><a name="toc"></a>TABLE OF CONTENTS</b></p>
                <p><b><a href="#tx_1">Item&nbsp;5.02 Departure of Directors or Certain Officers</a></b></p>
                <p><b><a href="#tx_2">SIGNATURE</a></b></p>
                <p><b><a href="#tx_3">EXHIBIT LIST</a></b></p>
                <p><b><a href="d1234dex101.htm">EXHIBIT 10.1 SEPARATION AGREEMENT</a></b></p>
                <p style="page-break-before:always"><b>Section&nbsp;5&#151;Corporate Governance and Management</b></p>
                <p><b><i><a name="tx_1"></a>Item&nbsp;5.02 Departure of Directors or Certain Officers</i></b></p>
                <p>On November 17, 2011, the Company's Chief Technology Officer announced that he will step down at the
                end of the year. The Company entered into a separation agreement with him.</p>
                <p><b><a name="tx_2"></a>SIGNATURE</b></p>
                <p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this
                report to be signed on its behalf by the undersigned hereunto duly authorized.</p>
                </body></html>""");

        assertThat(filing.items()).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo("5.02");
            assertThat(item.text()).startsWith("On November 17, 2011").doesNotContain("EXHIBIT LIST");
        });
    }

    @Test
    void anHtmlTableOfContentsWithoutLinksGivesNoItemText() {
        // The agent template's idea without anchors: number and title in cells of their own, the table going on
        // past the items (signature, exhibit index, the exhibits), nothing but the text to tell entry from heading.
        Filing filing = parse("""
                <html><body>
                <p align="center"><b>FORM 8-K</b></p>
                <p align="center"><b>Harbor Widget Corporation</b><br>(Exact name of registrant as specified in its charter)</p>
                <p align="center"><b>TABLE OF CONTENTS</b></p>
                <table width="90%">
                <tr><td>Item&nbsp;1.01</td><td>Entry into a Material Definitive Agreement</td></tr>
                <tr><td>Item&nbsp;2.03</td><td>Creation of a Direct Financial Obligation or an Obligation under an \
                Off-Balance Sheet Arrangement of a Registrant</td></tr>
                <tr><td>Item&nbsp;9.01</td><td>Financial Statements and Exhibits</td></tr>
                <tr><td colspan="2">Signature</td></tr>
                <tr><td colspan="2">Exhibit Index</td></tr>
                <tr><td colspan="2">Exhibit 10.1 Credit Agreement</td></tr>
                </table>
                <p style="page-break-before:always"><b>Item&nbsp;1.01 Entry into a Material Definitive Agreement</b></p>
                <p>On March 3, 2008, the Company entered into a credit agreement with a group of lenders providing for
                a revolving credit facility of $500 million.</p>
                <p><b>Item&nbsp;2.03 Creation of a Direct Financial Obligation or an Obligation under an Off-Balance \
                Sheet Arrangement of a Registrant</b></p>
                <p>The information set forth under Item&nbsp;1.01 above is incorporated herein by reference.</p>
                <p><b>Item&nbsp;9.01 Financial Statements and Exhibits</b></p>
                <p>(d) Exhibits</p>
                <table><tr><td>10.1</td><td>Credit Agreement dated as of March 3, 2008</td></tr></table>
                <p style="page-break-before:always" align="center"><b>SIGNATURE</b></p>
                <p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused
                this report to be signed on its behalf by the undersigned hereunto duly authorized.</p>
                <p>By: /s/ Jane Roe<br>Jane Roe<br>Chief Financial Officer</p>
                <p align="center"><b>EXHIBIT INDEX</b></p>
                <table><tr><td>10.1</td><td>Credit Agreement dated as of March 3, 2008</td></tr></table>
                </body></html>""");

        assertThat(filing.items()).extracting(Item::code).containsExactly("1.01", "2.03", "9.01");
        assertThat(filing.items().get(0).text()).startsWith("On March 3, 2008");
        assertThat(filing.items().get(1).text())
                .isEqualTo("The information set forth under Item 1.01 above is incorporated herein by reference.");
        assertThat(filing.items().get(2).text()).startsWith("(d) Exhibits").contains("Credit Agreement dated")
                .doesNotContain("Signature").doesNotContain("Exhibit Index");
    }

    @Test
    void plainTextQuarterlyIndexWithPageNumbersAndSubEntriesIsNoItemText() {
        // A 1990s plain-text 10-Q: an index whose Item 1 lists the statements under it and whose long titles wrap,
        // page numbers on the last line of each entry only.
        Filing filing = parse("""
                                               FORM 10-Q

                                HARBOR WIDGET CORPORATION

                                         INDEX
                                                                             Page
                                                                             ----
                PART I.   FINANCIAL INFORMATION

                Item 1.   Financial Statements

                          Condensed Consolidated Balance Sheets at June 30, 1999
                          and December 31, 1998                                3

                          Condensed Consolidated Statements of Income for the Three
                          and Six Months Ended June 30, 1999 and 1998          4

                Item 2.   Management's Discussion and Analysis of Financial
                          Condition and Results of Operations                  8

                PART II.  OTHER INFORMATION

                Item 1.   Legal Proceedings                                   12

                Item 6.   Exhibits and Reports on Form 8-K                    13

                          Signatures                                          14

                <PAGE>

                                     PART I. FINANCIAL INFORMATION

                Item 1.   Financial Statements

                               CONDENSED CONSOLIDATED BALANCE SHEETS
                                          (In thousands)
                                                      June 30,     December 31,
                                                        1999           1998
                Cash and cash equivalents             $ 12,400       $ 10,150
                Total assets                          $ 98,310       $ 95,020

                Item 2.   Management's Discussion and Analysis of Financial Condition

                     Net sales for the second quarter rose eight percent over the same quarter
                of 1998, led by sales of widgets abroad.

                                      PART II. OTHER INFORMATION

                Item 1.   Legal Proceedings

                     The Company is party to ordinary routine litigation incidental to its
                business, none of which is expected to be material.

                Item 6.   Exhibits and Reports on Form 8-K

                     (a) Exhibit 27 - Financial Data Schedule

                                              SIGNATURES
                """);

        assertThat(filing.items()).extracting(Item::normalizedCode).containsExactly("I-1", "I-2", "II-1", "II-6");
        assertThat(filing.items().get(0).text()).startsWith("CONDENSED CONSOLIDATED BALANCE SHEETS")
                .doesNotContain("Statements of Income");
        assertThat(filing.items().get(1).text()).startsWith("Net sales for the second quarter")
                .doesNotContain("PART II");
    }

    @Test
    void quarterlyTableOfContentsWithSubEntriesIsNotPartOneItemOne() {
        // Each entry's number and title in cells of their own, the financial statements listed under Item 1.
        StringBuilder html = new StringBuilder("<html><body><p>FORM 10-Q</p><p>TABLE OF CONTENTS</p><table>");
        html.append(row("", "PART I.", "FINANCIAL INFORMATION", ""));
        html.append(row("Item 1.", "Financial Statements (Unaudited)", "", ""));
        html.append(row("", "Condensed Consolidated Balance Sheets as of August 31, 2024 and May 31, 2024", "", "3"));
        html.append(row("", "Condensed Consolidated Statements of Operations for the Three Months Ended August 31", "", "4"));
        html.append(row("", "Notes to Condensed Consolidated Financial Statements", "", "8"));
        html.append(row("Item 2.", "Management's Discussion and Analysis of Financial Condition", "", "30"));
        html.append(row("Item 4.", "Controls and Procedures", "", "45"));
        html.append(row("", "PART II.", "OTHER INFORMATION", ""));
        html.append(row("Item 1.", "Legal Proceedings", "", "46"));
        html.append(row("Item 6.", "Exhibits", "", "48"));
        html.append(row("", "Signatures", "", "49"));
        html.append("</table><p>Cautionary Note on Forward-Looking Statements</p>");
        html.append("<p>This quarterly report contains statements that are not historical in nature and that depend upon"
                + " future events.</p>");
        html.append("<p>PART I. FINANCIAL INFORMATION</p><p>Item 1. Financial Statements (Unaudited)</p>");
        html.append("<p>The balance sheets and statements of operations for the quarter are set out below in full.</p>");
        html.append("<p>Item 2. Management's Discussion and Analysis of Financial Condition</p>");
        html.append("<p>Revenues grew by eight percent in the quarter, led by cloud services.</p>");
        html.append("<p>Item 4. Controls and Procedures</p><p>Our disclosure controls were effective at quarter end.</p>");
        html.append("<p>PART II. OTHER INFORMATION</p><p>Item 1. Legal Proceedings</p>");
        html.append("<p>The information in Note 9 to the financial statements is incorporated herein by reference.</p>");
        html.append("<p>Item 6. Exhibits</p><p>31.1 Certification of the Chief Executive Officer</p></body></html>");

        Filing filing = parse(html.toString());

        assertThat(filing.items()).extracting(Item::normalizedCode, Item::text).containsExactly(
                tuple("I-1", "The balance sheets and statements of operations for the quarter are set out below in full."),
                tuple("I-2", "Revenues grew by eight percent in the quarter, led by cloud services."),
                tuple("I-4", "Our disclosure controls were effective at quarter end."),
                tuple("II-1", "The information in Note 9 to the financial statements is incorporated herein by reference."),
                tuple("II-6", "31.1 Certification of the Chief Executive Officer"));
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String cell : cells) {
            row.append("<td><p>").append(cell).append("</p></td>");
        }
        return row.append("</tr>").toString();
    }

    @Test
    void aShortItemOfPartOneIsNotAnEntryBecausePartTwoHasAnItemOfTheSameNumber() {
        // Part I Item 3 says little and Part II has an Item 3 too: a different item, so no table of contents.
        List<Item> items = new ItemExtractor().extract(new TextLines("""
                FORM 10-Q

                PART I - FINANCIAL INFORMATION

                Item 2. Management's Discussion and Analysis

                Revenues grew by eight percent in the quarter, led by sales of widgets abroad.

                Item 3. Quantitative and Qualitative Disclosures About Market Risk

                See Item 2.

                Item 4. Controls and Procedures

                Our disclosure controls and procedures were effective at the end of the quarter.

                PART II - OTHER INFORMATION

                Item 3. Defaults Upon Senior Securities

                None.
                """), FormSchemas.QUARTERLY_REPORT, false).items();

        assertThat(items).extracting(Item::normalizedCode, Item::text).containsExactly(
                tuple("I-2", "Revenues grew by eight percent in the quarter, led by sales of widgets abroad."),
                tuple("I-3", "See Item 2."),
                tuple("I-4", "Our disclosure controls and procedures were effective at the end of the quarter."),
                tuple("II-3", "None."));
    }

    @Test
    void aParagraphOfAnItemUnderItsOwnHeadingIsNoSecondHeading() {
        // Medicis' 1999 10-K: "Item 14:" heads the item, "Item 14(a)(1):" and "Item 14 (a)(2):" its paragraphs.
        List<Item> items = new ItemExtractor().extract(new TextLines("""
                FORM 10-K

                Item 13: Certain Relationships and Related Transactions

                The information called for by Item 13 is incorporated by reference to the proxy statement.

                PART IV

                Item 14: Exhibits, Financial Statement Schedules and Reports on Form 8-K

                Item 14(a)(1):

                Financial Statements

                The consolidated financial statements are incorporated by reference from the annual report.

                Item 14 (a)(2):

                Financial Statement Schedules
                """), FormSchemas.ANNUAL_REPORT, false).items();

        assertThat(items).extracting(Item::code, Item::title).containsExactly(
                tuple("13", "Certain Relationships and Related Transactions"),
                tuple("14", "Exhibits, Financial Statement Schedules and Reports on Form 8-K"));
        assertThat(items.get(0).text()).doesNotContain("Item 14");
        assertThat(items.get(1).text()).startsWith("Item 14(a)(1):").contains("Item 14 (a)(2):");
    }
}
