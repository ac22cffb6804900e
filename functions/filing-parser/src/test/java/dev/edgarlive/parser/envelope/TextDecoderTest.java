package dev.edgarlive.parser.envelope;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void asciiFromEndToEndIsAscii() {
        byte[] bytes = "FORM 8-K\nCURRENT REPORT\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        DecodedText decoded = decoder.decode(bytes);
        assertThat(decoded.charset()).isEqualTo("US-ASCII");
        assertThat(decoded.text()).isEqualTo("FORM 8-K\nCURRENT REPORT\n");
    }

    /** ASCII is recognised eight bytes at a time: a high byte in any lane of a word, or in the tail, counts. */
    @Test
    void aSingleHighByteAnywhereIsSeen() {
        for (int length = 1; length <= 24; length++) {
            for (int at = 0; at < length; at++) {
                byte[] bytes = new byte[length];
                Arrays.fill(bytes, (byte) 'a');
                bytes[at] = (byte) 0xE9; // "é" in Windows-1252, and no valid UTF-8 on its own
                DecodedText decoded = decoder.decode(bytes);
                assertThat(decoded.charset()).as("length %d, high byte at %d", length, at).isEqualTo("windows-1252");
                assertThat(decoded.text().charAt(at)).isEqualTo('\u00E9');
            }
        }
    }
}
