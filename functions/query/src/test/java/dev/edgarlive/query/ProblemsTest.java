package dev.edgarlive.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    @Test
    void aLongValueIsQuotedCutWithItsLength() {
        String quoted = Problems.quote("9".repeat(10_000));
        assertThat(quoted).hasSizeLessThan(Problems.QUOTED_CHARS + 40).endsWith("(10000 characters, cut)");
    }

    @Test
    void controlCharactersAreShownEscapedAndPairsAreNeverCut() {
        assertThat(Problems.quote("a\u0000b\nc")).isEqualTo("'a\\u0000b\\u000ac'");
        String emoji = "x".repeat(Problems.QUOTED_CHARS - 1) + "😀😀";
        assertThat(Problems.quote(emoji)).doesNotContain("\\ud83d").startsWith("'" + "x".repeat(79) + "'");
    }
}
