package dev.edgarlive.parser.envelope;

import dev.edgarlive.filing.DocumentFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's format from its first kilobytes, as the corpus's documents open: HTML in any case, inline XBRL,
 * XML forms, plain text carrying SGML table tags (which do not make it HTML), uuencoded and base64 binaries.
 */
class DocumentFormatSnifferTest {

    private final DocumentFormatSniffer sniffer = new DocumentFormatSniffer();

    @Test
    void htmlIsKnownByItsTagsWhateverTheirCase() {
        assertThat(sniff("\n<HTML><BODY><P>FORM 8-K</P>", "8-K")).isEqualTo(DocumentFormat.HTML);
        assertThat(sniff("<div style=\"text-align:center\">FORM 8-K</div>", "8-K")).isEqualTo(DocumentFormat.HTML);
        assertThat(sniff("<font size=2>Item 8.01</font>", "8-K")).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void htmlWithInlineXbrlTagsIsInlineXbrl() {
        assertThat(sniff("<?xml version='1.0'?><html xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\"><body>", "8-K"))
                .isEqualTo(DocumentFormat.INLINE_XBRL);
        assertThat(sniff("<html><body><ix:header></ix:header><p>FORM 8-K</p>", "8-K")).isEqualTo(DocumentFormat.INLINE_XBRL);
    }

    @Test
    void sgmlTableTagsInPlainTextDoNotMakeItHtml() {
        assertThat(sniff("""
                <PAGE>
                                         FORM 10-K
                <TABLE>
                <CAPTION>
                <S>                                   <C>
                Net sales                             $ 1,234
                </TABLE>
                """, "10-K")).isEqualTo(DocumentFormat.PLAIN_TEXT);
    }

    @Test
    void xmlFormsAreXml() {
        assertThat(sniff("<?xml version=\"1.0\"?>\n<ownershipDocument>", "4")).isEqualTo(DocumentFormat.XML);
        assertThat(sniff("<edgarSubmission xmlns=\"http://www.sec.gov/edgar/formd\">", "D")).isEqualTo(DocumentFormat.XML);
    }

    @Test
    void uuencodedAndBase64DocumentsAreBinaryAndSoIsAGraphicWithoutSpaces() {
        assertThat(sniff("begin 644 logo.jpg\nM_]C_X``02D9)1@`!`0$`2`!(``#_VP!#``,\n", "GRAPHIC")).isEqualTo(DocumentFormat.BINARY);
        String line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk=\n";
        assertThat(sniff(line.repeat(4), "EX-101.INS")).isEqualTo(DocumentFormat.BINARY);
        assertThat(sniff("JVBERi0xLjQKJcOkw7zDtsOf", "PDF")).isEqualTo(DocumentFormat.BINARY);
        assertThat(sniff("A graphic described in words", "GRAPHIC")).isEqualTo(DocumentFormat.PLAIN_TEXT);
    }

    @Test
    void onlyTheDocumentsOwnSliceIsRead() {
        String text = "Plain text of the first document.\n<html><body>the next document</body></html>";
        int end = text.indexOf("<html>");

        assertThat(sniffer.sniff(text, 0, end, "8-K")).isEqualTo(DocumentFormat.PLAIN_TEXT);
        assertThat(sniffer.sniff(text, end, text.length(), "EX-99")).isEqualTo(DocumentFormat.HTML);
        assertThat(sniffer.sniff(text, 5, 5, "8-K")).as("an empty document").isEqualTo(DocumentFormat.PLAIN_TEXT);
    }

    private DocumentFormat sniff(String document, String type) {
        return sniffer.sniff(document, 0, document.length(), type);
    }
}
