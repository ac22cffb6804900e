package dev.edgarlive.parser.envelope;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The envelope of each kind of EDGAR file, as the corpus holds them: a full {@code .txt} submission (PEM wrapper,
 * {@code <SEC-HEADER>}, documents), the {@code .nc} dissemination form, the 1993-96 {@code <IMS-HEADER>}, a header
 * fragment without its tag, a bare document, and broken ones. Documents are offsets into the text: the tests read
 * each body back through them.
 */
class SgmlEnvelopeReaderTest {

    private final SgmlEnvelopeReader reader = new SgmlEnvelopeReader();

    private static final String FULL_SUBMISSION = """
            -----BEGIN PRIVACY-ENHANCED MESSAGE-----
            Proc-Type: 2001,MIC-CLEAR
            Originator-Name: webmaster@www.sec.gov

            <SEC-DOCUMENT>0000912057-97-001234.txt : 19970128
            <SEC-HEADER>0000912057-97-001234.hdr.sgml : 19970128
            ACCESSION NUMBER:\t\t0000912057-97-001234
            CONFORMED SUBMISSION TYPE:\t8-K
            PUBLIC DOCUMENT COUNT:\t\t2
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>8-K
            <SEQUENCE>1
            <DESCRIPTION>CURRENT REPORT
            <TEXT>
            <PAGE>
            FORM 8-K
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-99.1
            <SEQUENCE>2
            <FILENAME>ex99-1.txt
            <DESCRIPTION>PRESS RELEASE DATED JANUARY 10, 1997
            <TEXT>
            Harbor Lane Homes completes its acquisition.
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            -----END PRIVACY-ENHANCED MESSAGE-----
            """;

    @Test
    void aFullSubmissionGivesItsHeaderAndEachDocumentAsOffsetsIntoTheText() {
        Envelope envelope = reader.read(FULL_SUBMISSION);

        assertThat(envelope.headerKind()).isEqualTo(Envelope.HeaderKind.KEY_VALUE);
        assertThat(header(FULL_SUBMISSION, envelope)).startsWith("0000912057-97-001234.hdr.sgml")
                .contains("CONFORMED SUBMISSION TYPE:\t8-K").doesNotContain("SEC-HEADER").doesNotContain("<DOCUMENT>");
        assertThat(envelope.documents())
                .extracting(DocumentSlice::sequence, DocumentSlice::type, DocumentSlice::fileName, DocumentSlice::description)
                .containsExactly(tuple(1, "8-K", null, "CURRENT REPORT"),
                        tuple(2, "EX-99.1", "ex99-1.txt", "PRESS RELEASE DATED JANUARY 10, 1997"));
        assertThat(body(FULL_SUBMISSION, envelope.documents().get(0))).isEqualTo("\n<PAGE>\nFORM 8-K\n");
        assertThat(body(FULL_SUBMISSION, envelope.documents().get(1)))
                .isEqualTo("\nHarbor Lane Homes completes its acquisition.\n");
        assertThat(envelope.bare()).isFalse();
        assertThat(envelope.truncated()).isFalse();
        assertThat(envelope.documents()).noneMatch(DocumentSlice::truncated);
    }

    @Test
    void theDisseminationFormHasATaggedHeaderThatRunsFromSubmissionToTheFirstDocument() {
        String nc = """
                <SUBMISSION>
                <ACCESSION-NUMBER>0000732715-99-000042
                <TYPE>10-Q
                <FILER>
                <COMPANY-DATA>
                <CONFORMED-NAME>MERIDIAN BELL TELEPHONE CO
                </COMPANY-DATA>
                </FILER>
                <DOCUMENT>
                <TYPE>10-Q<SEQUENCE>1<FILENAME>q2.txt
                <TEXT>
                Quarterly report
                </TEXT>
                </DOCUMENT>
                </SUBMISSION>
                """;
        Envelope envelope = reader.read(nc);

        assertThat(envelope.headerKind()).isEqualTo(Envelope.HeaderKind.TAGGED);
        assertThat(header(nc, envelope)).startsWith("\n<ACCESSION-NUMBER>").endsWith("</FILER>\n");
        assertThat(envelope.documents()).extracting(DocumentSlice::type, DocumentSlice::sequence, DocumentSlice::fileName)
                .containsExactly(tuple("10-Q", 1, "q2.txt"));
        assertThat(body(nc, envelope.documents().get(0))).isEqualTo("\nQuarterly report\n");
    }

    @Test
    void theImsHeaderOfTheEarlyNinetiesIsReadLikeTheSecHeader() {
        String ims = """
                <IMS-DOCUMENT>0000950131-94-000440.txt : 19940330
                <IMS-HEADER>0000950131-94-000440.hdr.sgml : 19940330
                ACCESSION NUMBER:\t\t0000950131-94-000440
                </IMS-HEADER>
                <DOCUMENT>
                <TYPE>10-K
                <TEXT>
                Annual report
                </TEXT>
                </DOCUMENT>
                """;
        Envelope envelope = reader.read(ims);

        assertThat(envelope.headerKind()).isEqualTo(Envelope.HeaderKind.KEY_VALUE);
        assertThat(header(ims, envelope)).contains("ACCESSION NUMBER:").doesNotContain("IMS-HEADER");
    }

    @Test
    void aHeaderSavedWithoutItsTagIsFoundByItsKeysAtTheTop() {
        String fragment = """
                ACCESSION NUMBER:\t\t0001047469-03-012345
                CONFORMED SUBMISSION TYPE:\t8-K
                FILED AS OF DATE:\t\t20030402
                """;
        Envelope envelope = reader.read(fragment);

        assertThat(envelope.headerKind()).isEqualTo(Envelope.HeaderKind.KEY_VALUE);
        assertThat(envelope.headerStart()).isZero();
        assertThat(envelope.headerEnd()).isEqualTo(fragment.length());
        assertThat(envelope.documents()).isEmpty();
        assertThat(envelope.bare()).isFalse();
    }

    @Test
    void aBareDocumentIsOneDocumentThatCoversTheWholeText() {
        String html = "<html><body><p>FORM 8-K</p><p>Item 8.01 Other Events.</p></body></html>";
        Envelope envelope = reader.read(html);

        assertThat(envelope.bare()).isTrue();
        assertThat(envelope.headerKind()).isEqualTo(Envelope.HeaderKind.NONE);
        assertThat(envelope.headerStart()).isEqualTo(-1);
        assertThat(envelope.documents()).singleElement().satisfies(document -> {
            assertThat(document.type()).isNull();
            assertThat(document.sequence()).isEqualTo(1);
            assertThat(body(html, document)).isEqualTo(html);
        });
    }

    @Test
    void aDocumentWhoseClosingTagsAreMissingEndsWhereTheNextOneBeginsAndSaysItIsTruncated() {
        String text = """
                <SEC-HEADER>
                ACCESSION NUMBER:\t\t0000950123-10-078896
                </SEC-HEADER>
                <DOCUMENT>
                <TYPE>8-K
                <SEQUENCE>1
                <TEXT>
                The first document never closes.
                <DOCUMENT>
                <TYPE>EX-99.1
                <SEQUENCE>2
                <TEXT>
                The file ends inside the second one.""";
        Envelope envelope = reader.read(text);

        assertThat(envelope.documents()).extracting(DocumentSlice::type, DocumentSlice::truncated)
                .containsExactly(tuple("8-K", true), tuple("EX-99.1", true));
        assertThat(body(text, envelope.documents().get(0))).isEqualTo("\nThe first document never closes.\n");
        assertThat(body(text, envelope.documents().get(1))).isEqualTo("\nThe file ends inside the second one.");
        assertThat(envelope.truncated()).isTrue();
    }

    @Test
    void theXbrlAndXmlWrappersEdgarPutsInsideTextAreNotPartOfTheBody() {
        String text = """
                <DOCUMENT>
                <TYPE>EX-101.INS
                <SEQUENCE>5
                <TEXT>
                <XBRL>
                <xbrl xmlns="http://www.xbrl.org/2003/instance"></xbrl>
                </XBRL>
                </TEXT>
                </DOCUMENT>
                <DOCUMENT>
                <TYPE>4
                <SEQUENCE>1
                <TEXT>
                <XML>
                <ownershipDocument></ownershipDocument>
                </XML>
                </TEXT>
                </DOCUMENT>
                """;
        List<DocumentSlice> documents = reader.read(text).documents();

        assertThat(body(text, documents.get(0)).strip()).isEqualTo("<xbrl xmlns=\"http://www.xbrl.org/2003/instance\"></xbrl>");
        assertThat(body(text, documents.get(1)).strip()).isEqualTo("<ownershipDocument></ownershipDocument>");
    }

    @Test
    void aMissingOrMalformedSequenceNumberFallsBackToTheDocumentsPlaceInTheFile() {
        String text = """
                <DOCUMENT>
                <TYPE>8-K
                <TEXT>
                one
                </TEXT>
                </DOCUMENT>
                <DOCUMENT>
                <TYPE>GRAPHIC
                <SEQUENCE>2a
                <TEXT>
                two
                </TEXT>
                </DOCUMENT>
                <DOCUMENT>
                <TYPE>EX-99
                <SEQUENCE>7
                <TEXT>
                three
                </TEXT>
                </DOCUMENT>
                """;
        assertThat(reader.read(text).documents()).extracting(DocumentSlice::sequence).containsExactly(1, 2, 7);
    }

    private static String header(String text, Envelope envelope) {
        return text.substring(envelope.headerStart(), envelope.headerEnd());
    }

    private static String body(String text, DocumentSlice document) {
        return text.substring(document.textStart(), document.textEnd());
    }
}
