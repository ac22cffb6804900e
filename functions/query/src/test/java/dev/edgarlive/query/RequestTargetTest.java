package dev.edgarlive.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTargetTest {

    @Test
    void aDecodedSpaceOrControlCharacterIsEncodedAgain() {
        assertThat(RequestTarget.path("/filings/a b")).isEqualTo("/filings/a%20b");
        assertThat(RequestTarget.path("/filings/\u0000\u001f\u007f")).isEqualTo("/filings/%00%1F%7F");
    }

    @Test
    void anAlreadyEncodedPathIsLeftAsItIs() {
        assertThat(RequestTarget.path("/companies/%26%252e/filings")).isEqualTo("/companies/%26%252e/filings");
        assertThat(RequestTarget.path("/filings/0000950134-00-009581/items/8.01"))
                .isEqualTo("/filings/0000950134-00-009581/items/8.01");
    }

    @Test
    void aPercentThatStartsNoEscapeIsEncoded() {
        assertThat(RequestTarget.path("/filings/100%")).isEqualTo("/filings/100%25");
        assertThat(RequestTarget.query("from=%zz&to=%%")).isEqualTo("from=%25zz&to=%25%25");
    }

    @Test
    void aDecodedQuestionMarkOrHashStaysInThePath() {
        assertThat(RequestTarget.path("/filings/a?b#c")).isEqualTo("/filings/a%3Fb%23c");
        assertThat(RequestTarget.query("cursor=a?b")).isEqualTo("cursor=a?b");
    }

    @Test
    void nonAsciiIsEncodedAsUtf8() {
        assertThat(RequestTarget.path("/filings/é😀")).isEqualTo("/filings/%C3%A9%F0%9F%98%80");
        assertThat(RequestTarget.query("form=８-K")).isEqualTo("form=%EF%BC%98-K");
    }

    @Test
    void leadingSlashesCollapseSoThePathCannotReadAsAHost() {
        assertThat(RequestTarget.path("//")).isEqualTo("/");
        assertThat(RequestTarget.path("//evil.example/filings")).isEqualTo("/evil.example/filings");
        assertThat(RequestTarget.path("")).isEqualTo("/");
        assertThat(RequestTarget.path("filings")).isEqualTo("/filings");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {"/filings/<script>alert(1)</script>", "/a\"b{c}|d\\e^f`g", "/ \t\r\n",
            "/%E0%A4%A", "/..\\.."})
    void theResultIsAlwaysAValidRequestTarget(String path) {
        String target = RequestTarget.path(path) + "?" + RequestTarget.query(path);
        assertThat(URI.create(target).getRawPath()).isNotNull();
    }

    @Test
    void controlCharactersLeaveHeaderValues() {
        assertThat(RequestTarget.headerValue("\"a\u0004b\"\t")).isEqualTo("\"ab\"\t");
        assertThat(RequestTarget.headerValue("text/html")).isEqualTo("text/html");
    }
}
