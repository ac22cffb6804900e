package dev.edgarlive.parser.cover;

import dev.edgarlive.filing.Signature;
import dev.edgarlive.parser.text.TextLines;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Signature blocks in the layouts the corpus shows: the 1990s text block (date and "/s/" on one line, "Name:" and
 * "Title:" under it), the modern HTML block ("By: /s/", the name again, the title), and the table of a 10-K's
 * signature page ("/s/ Name   Title   Date" rows). Where the block starts matters as much: it ends the last item.
 */
class SignatureBlockTest {

    private static final String TEXT_BLOCK = """
            On January 10, 1997, the Company completed the acquisition.

            SIGNATURES
            Pursuant to the requirements of the Securities Exchange Act of 1934,
            the registrant has duly caused this report to be signed on its behalf by
            the undersigned hereunto duly authorized.

                                       Harbor Lane Homes, Inc.

            Date:\t  January 27, 1997\t\t /s/    Walter P. Brennan
            \t                          Name:  Walter P. Brennan
                                      \tTitle: Chief Financial and Accounting Officer

            EXHIBIT INDEX

            2.1 Asset Acquisition Agreement
            """;

    @Test
    void theBlockStartsAtItsHeading() {
        TextLines lines = new TextLines(TEXT_BLOCK);

        assertThat(lines.line(SignatureBlock.findStart(lines, 0))).isEqualTo("SIGNATURES");
    }

    @Test
    void withoutAHeadingTheBlockStartsAtThePursuantSentence() {
        TextLines lines = new TextLines("""
                The Company issued a press release, attached as Exhibit 99.1.

                Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this \
                report to be signed on its behalf by the undersigned hereunto duly authorized.

                ORCHARD DEVICES, INC.
                """);

        assertThat(lines.line(SignatureBlock.findStart(lines, 0))).startsWith("Pursuant to the requirements");
    }

    @Test
    void aBlockBeforeTheFirstLineAskedForIsNotFound() {
        TextLines lines = new TextLines(TEXT_BLOCK);

        assertThat(SignatureBlock.findStart(lines, 4)).isEqualTo(-1);
    }

    @Test
    void theTextBlockGivesTheSignerWithNameTitleAndTheBlocksDate() {
        TextLines lines = new TextLines(TEXT_BLOCK);

        List<Signature> signatures = SignatureBlock.read(lines, SignatureBlock.findStart(lines, 0));

        assertThat(signatures).extracting(Signature::name, Signature::title, Signature::date).containsExactly(
                tuple("Walter P. Brennan", "Chief Financial and Accounting Officer", LocalDate.of(1997, 1, 27)));
    }

    @Test
    void aTitleOnTheLineUnderTheRepeatedNameIsTheSignersTitle() {
        TextLines lines = new TextLines("""
                SIGNATURE

                ORCHARD DEVICES, INC.

                Date: March 4, 2024
                By: /s/ Mary K. Ostrander
                Mary K. Ostrander
                Senior Vice President,
                Chief Financial Officer
                """);

        assertThat(SignatureBlock.read(lines, 0)).extracting(Signature::name, Signature::title, Signature::date)
                .containsExactly(tuple("Mary K. Ostrander", "Senior Vice President, Chief Financial Officer",
                        LocalDate.of(2024, 3, 4)));
    }

    @Test
    void eachRowOfASignatureTableIsASignerWithItsOwnDate() {
        TextLines lines = new TextLines("""
                SIGNATURES

                Signature  Title  Date
                /s/ Jane Q. Roe  Chief Executive Officer and Director  March 1, 2024
                /s/ John Doe  Chief Financial Officer  March 2, 2024
                """);

        assertThat(SignatureBlock.read(lines, 0)).extracting(Signature::name, Signature::title, Signature::date)
                .containsExactly(
                        tuple("Jane Q. Roe", "Chief Executive Officer and Director", LocalDate.of(2024, 3, 1)),
                        tuple("John Doe", "Chief Financial Officer", LocalDate.of(2024, 3, 2)));
    }

    @Test
    void nothingAfterTheExhibitIndexIsASignature() {
        TextLines lines = new TextLines("""
                SIGNATURES
                By: /s/ Jane Q. Roe
                Chief Executive Officer

                EXHIBIT INDEX
                99.1 Letter signed /s/ Someone Else
                """);

        assertThat(SignatureBlock.read(lines, 0)).extracting(Signature::name).containsExactly("Jane Q. Roe");
    }

    @Test
    void noBlockMeansNoSignatures() {
        assertThat(SignatureBlock.read(new TextLines(TEXT_BLOCK), -1)).isEmpty();
    }

    @Test
    void aSignatureHeadingIsTheWordAloneWhateverItsCaseAndPunctuation() {
        assertThat(SignatureBlock.isSignatureHeading("SIGNATURES")).isTrue();
        assertThat(SignatureBlock.isSignatureHeading("Signature.")).isTrue();
        assertThat(SignatureBlock.isSignatureHeading("S I G N A T U R E S")).isTrue();
        assertThat(SignatureBlock.isSignatureHeading("Signatures and Certifications")).isFalse();
        assertThat(SignatureBlock.isSignatureHeading("Signature page follows")).isFalse();
    }
}
