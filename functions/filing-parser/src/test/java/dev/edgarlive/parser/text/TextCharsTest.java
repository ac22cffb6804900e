package dev.edgarlive.parser.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCharsTest {

    @Test
    void answersAsCharacterDoesForEveryChar() {
        for (int code = Character.MIN_VALUE; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            assertThat(TextChars.isLetter(c)).as("isLetter(U+%04X)", code).isEqualTo(Character.isLetter(c));
            assertThat(TextChars.isDigit(c)).as("isDigit(U+%04X)", code).isEqualTo(Character.isDigit(c));
            assertThat(TextChars.isLetterOrDigit(c)).as("isLetterOrDigit(U+%04X)", code)
                    .isEqualTo(Character.isLetterOrDigit(c));
            assertThat(TextChars.toLowerCase(c)).as("toLowerCase(U+%04X)", code).isEqualTo(Character.toLowerCase(c));
        }
    }
}
