package dev.edgarlive.parser.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextRendererTest {

    private final HtmlTextRenderer renderer = new HtmlTextRenderer();

    private RenderedText render(String html) {
        return renderer.render(html, 0, html.length());
    }

    /** The rendered lines without the blank lines the closing body leaves (page furniture removal drops them). */
    private String lines(String html) {
        return render(html).text().stripTrailing();
    }

    @Test
    void paragraphsAreSeparatedByABlankLineAndInlineElementsFlow() {
        assertThat(lines("<p>First <b>bold</b> para</p><p>Second</p>")).isEqualTo("First bold para\n\nSecond");
    }

    @Test
    void brEndsALineWithoutABlankLine() {
        assertThat(lines("<div>Apple Inc.<br>One Apple Park Way</div>")).isEqualTo("Apple Inc.\nOne Apple Park Way");
    }

    @Test
    void unclosedParagraphsCloseAtTheNextParagraphAsInHtml() {
        // 1990s filings rarely close <P>; the paragraph break must be the same as with </P>.
        assertThat(lines("<P>Item 5. Other Events.<P>The company moved."))
                .isEqualTo(lines("<p>Item 5. Other Events.</p><p>The company moved.</p>"))
                .isEqualTo("Item 5. Other Events.\n\nThe company moved.");
    }

    @Test
    void cellsOfOneRowShareALine() {
        String html = "<table><tr><td>Item 2.02</td><td>Results of Operations</td></tr>"
                + "<tr><td>99.1</td><td>Press release</td></tr></table>";
        assertThat(lines(html)).isEqualTo("Item 2.02  Results of Operations\n\n99.1  Press release");
    }

    @Test
    void unclosedCellsAndRowsCloseAtTheNextOne() {
        String html = "<table><tr><td>Item 8.01<td>Other Events<tr><td>Item 9.01<td>Exhibits</table>";
        assertThat(lines(html)).isEqualTo("Item 8.01  Other Events\n\nItem 9.01  Exhibits");
    }

    @Test
    void aCellOutsideAnyRowGetsTheRowHtmlImplies() {
        String html = "<table><tr><td>CIK</td></tr><tr></tr><td>0000075170</td><td>Fund</td></tr>"
                + "<tr><td>Series</td></tr></table>";
        assertThat(lines(html)).isEqualTo("CIK\n\n0000075170  Fund\n\nSeries");
    }

    @Test
    void entitiesAreDecodedIncludingWindows1252NumbersAndLegacyNamesWithoutSemicolon() {
        assertThat(lines("<p>AT&amp;T &#150; Q&#x2019;s &nbsp;results &copy; &amp 3 &lt; 4 &bogus; &#</p>"))
                .isEqualTo("AT&T \u2013 Q\u2019s results \u00A9 & 3 < 4 &bogus; &#");
    }

    @Test
    void scriptsStylesTitlesAndCommentsVanish() {
        String html = "<html><head><title>8-K</title><style>p { color: red } </p></style>"
                + "<script>if (a < b) { document.write('<p>no</p>') }</script></head>"
                + "<body><!-- <p>hidden</p> --><p>Shown</p></body></html>";
        assertThat(lines(html)).isEqualTo("Shown");
    }

    @Test
    void hiddenInlineXbrlHeaderIsNotTextButItsDeiFactsAreRead() {
        String html = """
                <html><body><div style="display: NONE"><ix:header><ix:hidden>
                <ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c">0000320193</ix:nonNumeric>
                </ix:hidden></ix:header></div>
                <p>FORM <ix:nonNumeric name="dei:DocumentType" contextRef="c">10-K</ix:nonNumeric></p>
                <p>For the fiscal year ended <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c"><ix:nonNumeric
                name="dei:CurrentFiscalYearEndDate" contextRef="c">September&#160;28</ix:nonNumeric>, 2024</ix:nonNumeric></p>
                </body></html>""";
        RenderedText rendered = render(html);
        assertThat(rendered.text().stripTrailing()).isEqualTo("FORM 10-K\n\nFor the fiscal year ended September 28, 2024");
        assertThat(rendered.deiFacts())
                .containsEntry("EntityCentralIndexKey", "0000320193")
                .containsEntry("DocumentType", "10-K")
                .containsEntry("CurrentFiscalYearEndDate", "September 28")
                .containsEntry("DocumentPeriodEndDate", "September 28, 2024");
    }

    @Test
    void hiddenParagraphEndsWhereTheNextParagraphBegins() {
        assertThat(lines("<p style=\"display:none\">secret<p>Visible text")).isEqualTo("Visible text");
    }

    @Test
    void pageBreakStylesAndRulesBecomePageBreakMarkers() {
        String html = "<p>one</p><div style=\"page-break-after: always\"></div><p>two</p><hr><p>three</p>";
        assertThat(lines(html)).isEqualTo("one\n\n\f\n\ntwo\n\n\f\n\nthree");
    }

    @Test
    void preformattedTextKeepsItsLinesAndDropsTheLeadingLineFeed() {
        assertThat(lines("<pre>\nITEM 5.  OTHER EVENTS\n    On May 1</pre><p>after</p>"))
                .isEqualTo("ITEM 5.  OTHER EVENTS\n    On May 1\n\nafter");
    }

    @Test
    void lessThanSignsInTextAndAttributeValuesHoldingAngleBracketsAreNotTags() {
        assertThat(lines("<p title=\"a > b\">1 < 2 and 3<4</p>")).isEqualTo("1 < 2 and 3<4");
    }

    @Test
    void strayEndTagsAreHarmless() {
        assertThat(lines("</span></div><p>text</td></table></p>")).isEqualTo("text");
    }

    @Test
    void aDocumentCutInsideATagKeepsTheTextBeforeIt() {
        assertThat(lines("<p>Item 8.01 Other Events</p><p>The board <span style=\"font"))
                .isEqualTo("Item 8.01 Other Events\n\nThe board");
    }

    @Test
    void renderingStaysInsideTheSlice() {
        String submission = "<TEXT>\n<p>inside</p>\n</TEXT>\n<p>outside</p>";
        int start = submission.indexOf("<p>");
        int end = submission.indexOf("</TEXT>");
        assertThat(renderer.render(submission, start, end).text().stripTrailing()).isEqualTo("inside");
    }

    @Test
    void inlineElementsSetApartByCssAreSeparateWords() {
        // An 8-K heading whose number and title sit in fonts spaced by an empty one with a margin, as filed.
        assertThat(lines("<p><font>Item 5.07</font><font style=\"margin-left:36pt\"></font><font>Submission of Matters"
                + " to a Vote of Security Holders.</font></p>"))
                .isEqualTo("Item 5.07 Submission of Matters to a Vote of Security Holders.");
        // Workiva's list entries: the number, then the text in a font padded on its left.
        assertThat(lines("<div><font>1.</font><font style=\"font-size:10pt;padding-left:10.5pt\">I have reviewed"
                + "</font></div>")).isEqualTo("1. I have reviewed");
        assertThat(lines("<p><span style=\"margin-right: 2em\">Item 2.02</span>Results</p>")).isEqualTo("Item 2.02 Results");
        assertThat(lines("<p>Item 8.01<span style='mso-tab-count:1'></span>Other Events</p>"))
                .isEqualTo("Item 8.01 Other Events");
        assertThat(lines("<p>Item 8.01<span style=\"display:inline-block;width:0.5in\"></span>Other Events</p>"))
                .isEqualTo("Item 8.01 Other Events");
        assertThat(lines("<p><span style=\"padding:0in 5.4pt 0in 0in\">Item 9.01</span>Exhibits</p>"))
                .isEqualTo("Item 9.01 Exhibits");
    }

    @Test
    void inlineElementsWithoutHorizontalRoomStayOneWord() {
        assertThat(lines("<p><b>Sub</b><i>mission</i></p>")).isEqualTo("Submission");
        assertThat(lines("<p><span style=\"margin-left:0pt;padding-right:0\">Sub</span>mission</p>"))
                .isEqualTo("Submission");
        assertThat(lines("<p><span style=\"margin-top:6pt;padding:4pt 0\">Sub</span>mission</p>"))
                .isEqualTo("Submission");
        assertThat(lines("<p><span style=\"margin-left:-2pt\">Sub</span>mission</p>")).isEqualTo("Submission");
        assertThat(lines("<p><span style=\"width:36pt\">Sub</span>mission</p>")).isEqualTo("Submission");
        assertThat(lines("<p>$<span style=\"font-family:Times;color:#000\">1,234</span></p>")).isEqualTo("$1,234");
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String html = "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000)
                + "<span>".repeat(100_000) + "inline" + "<p>after";
        assertThat(render(html).text()).contains("deep").contains("inline").contains("after");
    }
}
