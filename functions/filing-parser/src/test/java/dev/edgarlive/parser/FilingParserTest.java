package dev.edgarlive.parser;

import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behaviour of the whole parser on small inline filings modelled on real ones; each regression test is named
 * after the bug it pins down.
 */
class FilingParserTest {

    private final FilingParser parser = new FilingParser();

    private static final String HEADER = """
            <SEC-DOCUMENT>0000950117-01-501415.txt : 20011029
            <SEC-HEADER>0000950117-01-501415.hdr.sgml : 20011029
            <ACCEPTANCE-DATETIME>20011023141516
            ACCESSION NUMBER:\t\t0000950117-01-501415
            CONFORMED SUBMISSION TYPE:\t8-K
            PUBLIC DOCUMENT COUNT:\t\t3
            CONFORMED PERIOD OF REPORT:\t20011023
            ITEM INFORMATION:\t\tOther events
            ITEM INFORMATION:\t\tFinancial statements and exhibits
            FILED AS OF DATE:\t\t20011023

            FILER:

            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\tENTRADA NETWORKS INC
            \t\tCENTRAL INDEX KEY:\t\t\t0001000695
            \t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tCOMPUTER PERIPHERAL EQUIPMENT, NEC [3577]
            \t\tIRS NUMBER:\t\t\t\t330676350
            \t\tSTATE OF INCORPORATION:\t\t\tDE
            \t\tFISCAL YEAR END:\t\t\t0131

            \tFILING VALUES:
            \t\tFORM TYPE:\t\t8-K
            \t\tSEC FILE NUMBER:\t000-26952

            \tBUSINESS ADDRESS:\t
            \t\tSTREET 1:\t\t10070 MESA RIM ROAD
            \t\tCITY:\t\t\tSAN DIEGO
            \t\tSTATE:\t\t\tCA
            \t\tZIP:\t\t\t92121
            \t\tBUSINESS PHONE:\t\t9495882070

            \tFORMER COMPANY:\t
            \t\tFORMER CONFORMED NAME:\tSYNC RESEARCH INC
            \t\tDATE OF NAME CHANGE:\t19950915
            </SEC-HEADER>
            """;

    private static final String PLAIN_8K = """
            <DOCUMENT>
            <TYPE>8-K
            <SEQUENCE>1
            <FILENAME>a31503.txt
            <TEXT>
                                            FORM 8-K
                            Date of Report: October 23, 2001

                                     Entrada Networks, Inc.
                     (Exact name of registrant as specified in its charter)

            Item 5.  Other Events.

                 On October 23, 2001 the Company announced results, as described in
            Item 7 below and in the press release attached hereto.

            Item 7.  Financial Statements and Exhibits.

                 Exhibit 99.1 - Press release dated October 23, 2001

                                           SIGNATURES

                 Pursuant to the requirements of the Securities Exchange Act of 1934, the
            registrant has duly caused this report to be signed on its behalf.

                                            By: /s/ Davinder Sethi
                                            Title: Chief Financial Officer
            Dated: October 23, 2001
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-99.1
            <SEQUENCE>2
            <FILENAME>ex99.txt
            <DESCRIPTION>PRESS RELEASE
            <TEXT>
            ENTRADA NETWORKS REPORTS THIRD QUARTER RESULTS
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>GRAPHIC
            <SEQUENCE>3
            <FILENAME>logo.jpg
            <TEXT>
            begin 644 logo.jpg
            M_]C_X  02D9)1@ ! 0$ 8 !@  #_VP!#  @&!@<&!0@'!P<)"0@*#!0-# L+
            end
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """;

    private Filing parse(String text) {
        ParseResult result = parser.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        return result.filing().orElseThrow();
    }

    @Test
    void completeSubmissionTakesHeaderFactsAndBodyItems() {
        Filing filing = parse(HEADER + PLAIN_8K);
        assertThat(filing.accessionNumber()).isEqualTo("0000950117-01-501415");
        assertThat(filing.formType()).isEqualTo("8-K");
        assertThat(filing.filedDate()).isEqualTo(LocalDate.of(2001, 10, 23));
        assertThat(filing.acceptedAt()).isEqualTo(LocalDateTime.of(2001, 10, 23, 14, 15, 16));
        assertThat(filing.company().name()).isEqualTo("ENTRADA NETWORKS INC");
        assertThat(filing.company().cik()).isEqualTo("0001000695");
        assertThat(filing.company().sic()).isEqualTo("3577");
        assertThat(filing.company().irsNumber()).isEqualTo("33-0676350");
        assertThat(filing.company().fileNumber()).isEqualTo("000-26952");
        assertThat(filing.company().formerNames()).hasSize(1);
        assertThat(filing.company().formerNames().get(0).changedOn()).isEqualTo(LocalDate.of(1995, 9, 15));
        assertThat(filing.items()).extracting(Item::normalizedCode).containsExactly("8.01", "9.01");
        assertThat(filing.warnings()).extracting(ParseIssue::code).doesNotContain("ITEM_ONLY_IN_HEADER");
    }

    @Test
    void wrappedSentenceStartingWithItemIsNotAHeading() {
        Filing filing = parse(HEADER + PLAIN_8K);
        Item otherEvents = filing.items().get(0);
        assertThat(otherEvents.text()).contains("Item 7 below and in the press release");
    }

    @Test
    void exhibitDocumentsCarryTheirTextAndBinariesAreSkipped() {
        Filing filing = parse(HEADER + PLAIN_8K);
        Exhibit pressRelease = filing.exhibits().stream().filter(e -> e.number().equals("99.1")).findFirst().orElseThrow();
        assertThat(pressRelease.description()).isEqualTo("Press release dated October 23, 2001");
        assertThat(pressRelease.documentType()).isEqualTo("EX-99.1");
        assertThat(pressRelease.sequence()).isEqualTo(2);
        assertThat(pressRelease.text()).isEqualTo("ENTRADA NETWORKS REPORTS THIRD QUARTER RESULTS");
        assertThat(filing.documents()).extracting(d -> d.format())
                .containsExactly(DocumentFormat.PLAIN_TEXT, DocumentFormat.PLAIN_TEXT, DocumentFormat.BINARY);
    }

    @Test
    void signatureBlockNeverEndsUpInTheLastItem() {
        Filing filing = parse(HEADER + PLAIN_8K);
        assertThat(filing.items().get(1).text()).isEqualTo("Exhibit 99.1 - Press release dated October 23, 2001");
        assertThat(filing.signatures()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Davinder Sethi");
            assertThat(s.title()).isEqualTo("Chief Financial Officer");
            assertThat(s.date()).isEqualTo(LocalDate.of(2001, 10, 23));
        });
    }

    @Test
    void headerItemMissingFromTheBodyIsAddedWithAWarning() {
        String withoutItem7 = PLAIN_8K.replace("Item 7.  Financial Statements and Exhibits.", "");
        Filing filing = parse(HEADER + withoutItem7);
        assertThat(filing.items()).extracting(Item::normalizedCode).containsExactly("8.01", "9.01");
        assertThat(filing.items().get(1).code()).isEqualTo("7");
        assertThat(filing.warnings()).extracting(ParseIssue::code).contains("ITEM_ONLY_IN_HEADER");
    }

    @Test
    void combinedHeadingYieldsBothItems() {
        Filing filing = parse("""
                FORM 8-K
                Items 1.01 and 5.02. Entry into a Material Definitive Agreement; Departure of Directors

                On May 1, 2024 the Company entered into an employment agreement with its new Chief Executive Officer.

                Item 9.01 Financial Statements and Exhibits.

                (d) Exhibits
                10.1  Employment Agreement
                """);
        assertThat(filing.items()).extracting(Item::code).containsExactly("1.01", "5.02", "9.01");
        assertThat(filing.items().get(0).text()).isEqualTo(filing.items().get(1).text());
        assertThat(filing.exhibits()).extracting(Exhibit::number).containsExactly("10.1");
    }

    @Test
    void sectionHeadingAboveItemIsNotAWrappedSentence() {
        String html = """
                <html><body><p>FORM 8-K</p>
                <p><b>Section 5 &#150; Corporate Governance and Management</b><br>
                <b>Item&nbsp;5.02. Departure of Directors or Principal Officers; Election of Directors.</b></p>
                <p>On April 26, 2005, the board of directors elected Thomas J. Ridge to serve as a director.</p>
                <p align="center">SIGNATURES</p></body></html>""";
        Filing filing = parse(html);
        assertThat(filing.items()).extracting(Item::code).containsExactly("5.02");
        assertThat(filing.items().get(0).text()).startsWith("On April 26, 2005");
    }

    @Test
    void exhibitDescriptionInTheNextCell() {
        String html = """
                <html><body><p>FORM 8-K</p>
                <p>Item 9.01. Financial Statements and Exhibits.</p><p>(d) Exhibits:</p>
                <table><tr><td><p>Exhibit Number</p></td><td><p>Description</p></td></tr>
                <tr><td><p>99.1</p></td><td><p>Press release, dated March 8, 2024, issued by 3M Company.</p></td></tr></table>
                <p>SIGNATURE</p></body></html>""";
        Filing filing = parse(html);
        assertThat(filing.exhibits()).extracting(Exhibit::number, Exhibit::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("99.1",
                        "Press release, dated March 8, 2024, issued by 3M Company."));
    }

    @Test
    void signerTitleUnderARepeatedName() {
        String html = """
                <html><body><p>FORM 8-K</p><p>Item 8.01 Other Events.</p><p>The Company announced a spin-off.</p>
                <p>SIGNATURE</p><p>Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant
                has duly caused this report to be signed on its behalf by the undersigned thereunto duly authorized.</p>
                <table><tr><td>By:</td><td><p>/s/ Michael M. Dai</p><p>Michael M. Dai</p>
                <p>Vice President, Associate General Counsel &amp; Secretary</p></td></tr></table>
                <p>Dated: March 8, 2024</p></body></html>""";
        Filing filing = parse(html);
        assertThat(filing.signatures()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Michael M. Dai");
            assertThat(s.title()).isEqualTo("Vice President, Associate General Counsel & Secretary");
            assertThat(s.date()).isEqualTo(LocalDate.of(2024, 3, 8));
        });
    }

    @Test
    void headingWhoseNumberAndTitleCssSetsApartKeepsItsItemAndText() {
        String html = """
                <html><body><p>FORM 8-K</p>
                <p><font style="font-weight:bold">Item 5.07</font><font style="margin-left:36pt"></font>\
                <font style="font-weight:bold">Submission of Matters to a Vote of Security Holders.</font></p>
                <p>On May 9, 2019, the Company held its annual meeting of stockholders, at which the stockholders
                elected each of the nominees to the board of directors.</p>
                <p>SIGNATURE</p></body></html>""";
        Filing filing = parse(html);
        assertThat(filing.items()).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo("5.07");
            assertThat(item.title()).isEqualTo("Submission of Matters to a Vote of Security Holders");
            assertThat(item.text()).startsWith("On May 9, 2019");
        });
    }

    @Test
    void tableOfContentsEntriesAreNotItems() {
        StringBuilder text = new StringBuilder("FORM 10-K\n\nTABLE OF CONTENTS\n\n");
        text.append("Item 1.    Business                              3\n");
        text.append("Item 1A.   Risk Factors                          9\n");
        text.append("Item 2.    Properties                           20\n\n");
        text.append("PART I\n\nItem 1.  Business\n\n").append("We make widgets in three plants. ".repeat(5)).append("\n\n");
        text.append("Item 1A.  Risk Factors\n\n").append("Demand for widgets may fall. ".repeat(5)).append("\n\n");
        text.append("Item 2.  Properties\n\n").append("We own our plants in Ohio. ".repeat(5)).append("\n");
        Filing filing = parse(text.toString());
        assertThat(filing.formType()).isEqualTo("10-K");
        assertThat(filing.items()).extracting(Item::code).containsExactly("1", "1A", "2");
        assertThat(filing.items().get(0).text()).startsWith("We make widgets");
    }

    @Test
    void quarterlyItemsCarryTheirPart() {
        String text = """
                FORM 10-Q

                PART I - FINANCIAL INFORMATION

                Item 1. Financial Statements

                Balance sheets and statements of operations for the quarter follow here in full.

                PART II - OTHER INFORMATION

                Item 1. Legal Proceedings

                The Company is party to ordinary routine litigation incidental to its business.

                Item 1A. Risk Factors

                There have been no material changes to the risk factors previously disclosed.
                """;
        Filing filing = parse(text);
        assertThat(filing.items()).extracting(Item::normalizedCode).containsExactly("I-1", "II-1", "II-1A");
    }

    @Test
    void quarterlyPartTwoItemsRunTogetherInHtmlAreEachFound() {
        // Modelled on small-company 10-Qs: Items 3 and 4 in one paragraph, bold titles, a non-breaking space after
        // "Item"; Item 5 laid out as a table row of number, title and answer cells.
        String html = """
                <html><body><p>FORM 10-Q</p><p><b>PART I &#8211; FINANCIAL INFORMATION</b></p>
                <p><b>Item&nbsp;1. Financial Statements</b></p><p>The unaudited balance sheet for the quarter follows.</p>
                <p><b>PART II &#8211; OTHER INFORMATION</b></p>
                <p><b>Item&nbsp;1. Legal Proceedings</b></p><p>We are not party to any material legal proceeding.</p>
                <p><b>Item&nbsp;3. Defaults Upon Senior Securities.</b> None. <b>Item&nbsp;4. Mine Safety
                Disclosures.</b> Not applicable.</p>
                <table><tr><td><b>Item 5.</b></td><td><b>Other Information</b></td><td>None.</td></tr></table>
                <p><b>Item&nbsp;6. Exhibits</b></p><p>31.1 Certification of the Chief Executive Officer</p>
                <p align="center">SIGNATURES</p></body></html>""";
        Filing filing = parse(html);
        assertThat(filing.items()).extracting(Item::normalizedCode, Item::title, Item::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("I-1", "Financial Statements",
                        "The unaudited balance sheet for the quarter follows."),
                org.assertj.core.groups.Tuple.tuple("II-1", "Legal Proceedings",
                        "We are not party to any material legal proceeding."),
                org.assertj.core.groups.Tuple.tuple("II-3", "Defaults Upon Senior Securities", "None."),
                org.assertj.core.groups.Tuple.tuple("II-4", "Mine Safety Disclosures", "Not applicable."),
                org.assertj.core.groups.Tuple.tuple("II-5", "Other Information", "None."),
                org.assertj.core.groups.Tuple.tuple("II-6", "Exhibits",
                        "31.1 Certification of the Chief Executive Officer"));
    }

    @Test
    void runningPageFooterWithPageNumberIsNotItemText() {
        // Modelled on Apple's 2024 10-K: every page ends "Apple Inc. | 2024 Form 10-K | N" before the page break.
        StringBuilder html = new StringBuilder("<html><body><p>FORM 10-K</p><p>PART I</p>");
        String[] items = {"Item 1. Business", "Item 1A. Risk Factors", "Item 1B. Unresolved Staff Comments",
                "Item 2. Properties"};
        for (int page = 0; page < items.length; page++) {
            html.append("<p>").append(items[page]).append("</p><p>")
                    .append("The Company designs and sells phones, computers and services worldwide. ".repeat(3))
                    .append("</p><p>Apple Inc. | 2024 Form 10-K | ").append(page + 1).append("</p>")
                    .append("<hr style=\"page-break-after:always\"/>");
        }
        html.append("<p>SIGNATURES</p></body></html>");
        Filing filing = parse(html.toString());
        assertThat(filing.items()).extracting(Item::code).containsExactly("1", "1A", "1B", "2");
        assertThat(filing.items()).allSatisfy(item -> assertThat(item.text())
                .endsWith("services worldwide.").doesNotContain("Form 10-K |"));
    }

    @Test
    void partHeadingBeforeTheNextItemIsNotTheLastItemsText() {
        String text = """
                FORM 10-K

                PART I

                Item 4. Mine Safety Disclosures

                Not applicable.

                PART II

                Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases

                The Company's common stock is traded on the Nasdaq Global Select Market under the symbol AAPL.

                PART III
                DIRECTORS AND OFFICERS

                Item 10. Directors, Executive Officers and Corporate Governance

                The information required by this Item will be included in the 2025 Proxy Statement.
                """;
        Filing filing = parse(text);
        assertThat(filing.items()).extracting(Item::code).containsExactly("4", "5", "10");
        assertThat(filing.items().get(0).text()).isEqualTo("Not applicable.");
        assertThat(filing.items().get(1).text()).endsWith("under the symbol AAPL.");
    }

    @Test
    void signerTitleWrappedOverTwoLinesIsKeptWhole() {
        // Modelled on Apple's 10-Q signature block and a 1990s text 10-K signed above a rule.
        String text = """
                FORM 10-Q

                Item 6. Exhibits

                31.1 Rule 13a-14(a) / 15d-14(a) Certification of the Chief Executive Officer.

                SIGNATURE

                Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly caused
                this report to be signed on its behalf by the undersigned thereunto duly authorized.

                Date: August 1, 2024

                By: /s/ Luca Maestri
                Senior Vice President,
                Chief Financial Officer

                /s/ Fred D. Anderson
                -------------------------
                """;
        Filing filing = parse(text);
        assertThat(filing.signatures()).extracting(s -> s.name() + " | " + s.title())
                .containsExactly("Luca Maestri | Senior Vice President, Chief Financial Officer",
                        "Fred D. Anderson | null");
    }

    @Test
    void aCurrentReportWithoutAnyItemHeadingIsFlaggedButAnAnnualReportIsNot() {
        String body = "\nSECURITIES AND EXCHANGE COMMISSION\n\nThe Company's board met and approved a dividend.\n";

        assertThat(parse("FORM 8-K" + body).warnings()).extracting(ParseIssue::code).contains("NO_ITEMS_FOUND");
        assertThat(parse("FORM 10-K" + body).warnings()).extracting(ParseIssue::code).doesNotContain("NO_ITEMS_FOUND");
    }

    @Test
    void windows1252BytesDecodeWithoutMojibake() {
        byte[] bytes = "FORM 8-K\nItem 8.01 Other Events.\nThe Company\u2019s board met.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Filing filing = parser.parse(bytes).filing().orElseThrow();
        assertThat(filing.items().get(0).text()).isEqualTo("The Company\u2019s board met.");
    }

    @Test
    void crlfLineEndsReadLikeLf() {
        Filing filing = parse("FORM 8-K\r\nItem 8.01 Other Events.\r\nThe board met.\r\n");
        assertThat(filing.items().get(0).text()).isEqualTo("The board met.");
    }

    @Test
    void disseminationHeaderIsRead() {
        String nc = "<SUBMISSION>\n<ACCESSION-NUMBER>0001493152-25-001317<TYPE>8-K<PERIOD>20250106<ITEMS>5.02"
                + "<ITEMS>9.01<FILING-DATE>20250108<FILER><COMPANY-DATA><CONFORMED-NAME>ACORN ENERGY, INC."
                + "<CIK>0000880984<STATE-OF-INCORPORATION>DE</COMPANY-DATA><FILING-VALUES><FORM-TYPE>8-K"
                + "<FILE-NUMBER>001-33886</FILING-VALUES><BUSINESS-ADDRESS><STREET1>1000 N WEST STREET<CITY>WILMINGTON"
                + "<STATE>DE<ZIP>19801<PHONE>302-656-1708</BUSINESS-ADDRESS></FILER>"
                + "<DOCUMENT><TYPE>8-K<SEQUENCE>1<FILENAME>form8-k.htm<TEXT><html><body><p>FORM 8-K</p>"
                + "<p>Item 5.02 Departure of Directors or Certain Officers.</p><p>Mr. Smith resigned as a director.</p>"
                + "<p>Item 9.01 Financial Statements and Exhibits.</p><p>None.</p></body></html></TEXT></DOCUMENT></SUBMISSION>";
        Filing filing = parse(nc);
        assertThat(filing.accessionNumber()).isEqualTo("0001493152-25-001317");
        assertThat(filing.filedDate()).isEqualTo(LocalDate.of(2025, 1, 8));
        assertThat(filing.company().name()).isEqualTo("ACORN ENERGY, INC.");
        assertThat(filing.company().fileNumber()).isEqualTo("001-33886");
        assertThat(filing.company().businessAddress().city()).isEqualTo("WILMINGTON");
        assertThat(filing.items()).extracting(Item::code).containsExactly("5.02", "9.01");
    }

    @Test
    void anExhibitAloneHasNoFormTypeButKeepsItsDocumentTypeAndText() {
        // The shape of an EX-99.1 cut out of its 8-K submission: one <DOCUMENT> block, no header.
        String exhibit = "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex99-1.htm\n<DESCRIPTION>EX-99.1\n<TEXT>\n"
                + "<html><body><p>Exhibit 99.1</p><p>Northwind Outfitters, Inc. Reports Third Quarter Sales</p>"
                + "<p>Net sales for the quarter rose 4% to $300 million.</p></body></html>\n</TEXT>\n</DOCUMENT>\n";

        ParseResult result = parser.parse(exhibit.getBytes(StandardCharsets.UTF_8));

        Filing filing = result.filing().orElseThrow();
        assertThat(filing.formType()).isNull();
        assertThat(filing.documents()).extracting(Document::type).containsExactly("EX-99.1");
        assertThat(filing.exhibits()).singleElement().satisfies(e -> {
            assertThat(e.number()).isEqualTo("99.1");
            assertThat(e.text()).contains("Net sales for the quarter rose 4%");
        });
        assertThat(filing.warnings()).extracting(ParseIssue::code).contains("EXHIBIT_ALONE")
                .doesNotContain("FORM_TYPE_UNKNOWN");
    }

    @Test
    void inlineXbrlCoverFactsNameTheCompany() {
        String html = """
                <html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>
                <div style="display:none"><ix:header><ix:hidden>
                <ix:nonNumeric name="dei:EntityCentralIndexKey">0000880984</ix:nonNumeric></ix:hidden></ix:header></div>
                <p>FORM <ix:nonNumeric name="dei:DocumentType">8-K</ix:nonNumeric></p>
                <p><ix:nonNumeric name="dei:EntityRegistrantName">ACORN ENERGY, INC.</ix:nonNumeric></p>
                <p><ix:nonNumeric name="dei:EntityIncorporationStateCountryCode">Delaware</ix:nonNumeric></p>
                <p>Item 8.01 Other Events.</p><p>The board met.</p></body></html>""";
        Filing filing = parse(html);
        assertThat(filing.company().name()).isEqualTo("ACORN ENERGY, INC.");
        assertThat(filing.company().cik()).isEqualTo("0000880984");
        assertThat(filing.company().stateOfIncorporation()).isEqualTo("DE");
        assertThat(filing.items().get(0).text()).isEqualTo("The board met.").doesNotContain("0000880984");
    }

    @Test
    void badInputGivesAnErrorRecord() {
        assertThat(parser.parse(new byte[0]).errors()).extracting(ParseIssue::code).containsExactly("EMPTY_INPUT");
        assertThat(parser.parse(new byte[] {'%', 'P', 'D', 'F', '-', '1'}).errors()).extracting(ParseIssue::code)
                .containsExactly("BINARY_INPUT");
        assertThat(parser.parse(new byte[] {1, 2, 0, 3, 4}).errors()).extracting(ParseIssue::code).containsExactly("BINARY_INPUT");
        assertThat(parser.parse("Dear diary, today was fine.".getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(ParseIssue::code).containsExactly("NOT_A_FILING");
    }

    @Test
    void truncatedSubmissionKeepsWhatItHasAndSaysSo() {
        String cut = (HEADER + PLAIN_8K).substring(0, (HEADER + PLAIN_8K).indexOf("</TEXT>") - 10);
        ParseResult result = parser.parse(cut.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).extracting(ParseIssue::code).containsExactly("TRUNCATED_INPUT");
        assertThat(result.filing()).isPresent();
        assertThat(result.filing().get().warnings()).extracting(ParseIssue::code).contains("TRUNCATED_DOCUMENT");
    }

    @Test
    void manyUnclosedDocumentsAreReadInOnePass() {
        String nested = "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nx\n".repeat(20_000);
        ParseResult result = parser.parse(nested.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).extracting(ParseIssue::code).containsExactly("TRUNCATED_INPUT");
        assertThat(result.filing().orElseThrow().documents()).hasSize(20_000);
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "FORM 8-K" + "</div>".repeat(100_000) + "</body></html>";
        ParseResult result = parser.parse(html.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).extracting(ParseIssue::code).doesNotContain("PARSER_DEFECT");
    }

    @Test
    void manyUnclosedDocumentsGiveABoundedListOfWarnings() {
        // Regression (fuzz finding): 100,000 unclosed <DOCUMENT> blocks gave 100,000 warnings, megabytes for one
        // filing. The first warnings are kept, and one more says how many were left out.
        StringBuilder submission = new StringBuilder(HEADER);
        for (int i = 1; i <= 300; i++) {
            submission.append("<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>").append(i).append("\n<TEXT>\nPress release.\n");
        }

        ParseResult result = parser.parse(submission.toString().getBytes(StandardCharsets.ISO_8859_1));

        assertThat(result.errors()).extracting(ParseIssue::code).contains("TRUNCATED_INPUT");
        var warnings = result.filing().orElseThrow().warnings();
        assertThat(warnings).hasSize(Warnings.LIMIT);
        assertThat(warnings.get(warnings.size() - 1).code()).isEqualTo("WARNINGS_OMITTED");
        // 300 truncated documents plus the header's two items that the body lacks, less the 49 kept.
        assertThat(warnings.get(warnings.size() - 1).message()).isEqualTo("253 more warnings were omitted");
    }
}
