package dev.edgarlive.parser;

import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.parser.cover.ExhibitListReader;
import dev.edgarlive.parser.envelope.Envelope;
import dev.edgarlive.parser.envelope.SgmlEnvelopeReader;
import dev.edgarlive.parser.render.DocumentTextReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Listed exhibits joined to the documents that carry them, in a submission laid out as 8-Ks are: the form, a press
 * release as EX-99.1, an agreement no list names, and a graphic.
 */
class ExhibitMatcherTest {

    private static final String SUBMISSION = """
            <DOCUMENT>
            <TYPE>8-K
            <SEQUENCE>1
            <TEXT>
            FORM 8-K
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-99.1
            <SEQUENCE>2
            <FILENAME>pr.htm
            <DESCRIPTION>PRESS RELEASE
            <TEXT>
            <html><body><p>Orchard Devices reports record revenue.</p><p>CUPERTINO, March 4, 2024.</p></body></html>
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-10.1
            <SEQUENCE>3
            <FILENAME>credit.txt
            <DESCRIPTION>CREDIT AGREEMENT
            <TEXT>
            CREDIT AGREEMENT dated as of March 1, 2024.
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>GRAPHIC
            <SEQUENCE>4
            <FILENAME>logo.jpg
            <TEXT>
            begin 644 logo.jpg
            M_]C_X``02D9)1@`!`0$`2`!(``#_VP!#``,"`@,"`@,#`P,$`P,$!0@%!00$
            end
            </TEXT>
            </DOCUMENT>
            """;
    private static final List<DocumentFormat> FORMATS = List.of(DocumentFormat.PLAIN_TEXT, DocumentFormat.HTML,
            DocumentFormat.PLAIN_TEXT, DocumentFormat.BINARY);

    private final ExhibitMatcher matcher = new ExhibitMatcher(new DocumentTextReader());
    private final Envelope envelope = new SgmlEnvelopeReader().read(SUBMISSION);

    @Test
    void aListedExhibitTakesItsNumberAndDescriptionFromTheListAndItsTextFromItsDocument() {
        List<Exhibit> exhibits = match(new ExhibitListReader.Listed("99.1", "Press release dated March 4, 2024"));

        assertThat(exhibits.get(0)).isEqualTo(new Exhibit("99.1", "Press release dated March 4, 2024", "EX-99.1", 2,
                "pr.htm", "Orchard Devices reports record revenue.\n\nCUPERTINO, March 4, 2024."));
    }

    @Test
    void aListedExhibitWithoutADocumentIsKeptWithItsNumberAndDescriptionOnly() {
        List<Exhibit> exhibits = match(new ExhibitListReader.Listed("3.1", "Amended bylaws"));

        assertThat(exhibits.get(0)).isEqualTo(new Exhibit("3.1", "Amended bylaws", null, null, null, null));
    }

    @Test
    void exhibitDocumentsNoListNamesFollowTheListedOnesWithTheirOwnDescription() {
        List<Exhibit> exhibits = match(new ExhibitListReader.Listed("99.1", "Press release"));

        assertThat(exhibits).extracting(Exhibit::number, Exhibit::description, Exhibit::documentType, Exhibit::text)
                .containsExactly(
                        tuple("99.1", "Press release", "EX-99.1",
                                "Orchard Devices reports record revenue.\n\nCUPERTINO, March 4, 2024."),
                        tuple("10.1", "CREDIT AGREEMENT", "EX-10.1", "CREDIT AGREEMENT dated as of March 1, 2024."));
    }

    @Test
    void withoutAListEveryExhibitDocumentIsAnExhibitAndNothingElseIs() {
        assertThat(match()).extracting(Exhibit::number, Exhibit::sequence).containsExactly(tuple("99.1", 2), tuple("10.1", 3));
    }

    @Test
    void aNumberIsMatchedWhateverItsCaseAndADocumentServesOneEntryOnly() {
        List<Exhibit> exhibits = match(new ExhibitListReader.Listed("10.1", "Credit agreement"),
                new ExhibitListReader.Listed("10.1", "Credit agreement, again"));

        assertThat(exhibits).extracting(Exhibit::number, Exhibit::sequence)
                .containsExactly(tuple("10.1", 3), tuple("10.1", null), tuple("99.1", 2));
    }

    @Test
    void anExhibitTypeIsOneThatStartsWithEx() {
        assertThat(ExhibitMatcher.isExhibitType("EX-99.1")).isTrue();
        assertThat(ExhibitMatcher.isExhibitType("ex-101.ins")).isTrue();
        assertThat(ExhibitMatcher.isExhibitType("8-K")).isFalse();
        assertThat(ExhibitMatcher.isExhibitType("EXCEL")).isFalse();
    }

    private List<Exhibit> match(ExhibitListReader.Listed... listed) {
        return matcher.match(SUBMISSION, envelope, FORMATS, List.of(listed), ParseDeadline.NONE);
    }
}
