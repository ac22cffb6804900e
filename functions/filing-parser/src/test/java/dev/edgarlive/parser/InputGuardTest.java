package dev.edgarlive.parser;

import dev.edgarlive.filing.ParseIssue;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class InputGuardTest {

    private final InputGuard guard = new InputGuard();

    @Test
    void aWordIsPrintableAsciiExactlyWhenEachOfItsBytesIs() {
        // Every byte value in every lane of a word of 'a's, and next to a byte that borrows (a control byte).
        for (int lane = 0; lane < Long.BYTES; lane++) {
            for (int value = 0; value < 256; value++) {
                byte[] word = "aaaaaaaa".getBytes(StandardCharsets.US_ASCII);
                word[lane] = (byte) value;
                boolean printable = value >= 0x20 && value < 0x80;
                assertEquals(printable, InputGuard.isPrintableAscii(ByteBuffer.wrap(word).getLong()),
                        "byte " + value + " in lane " + lane);
                if (lane > 0) {
                    word[lane - 1] = 0x1F;
                    assertEquals(false, InputGuard.isPrintableAscii(ByteBuffer.wrap(word).getLong()),
                            "byte " + value + " in lane " + lane + " after a control byte");
                }
            }
        }
    }

    @Test
    void controlAndNulBytesAreFoundInEveryLaneAndInTheTail() {
        String text = "FORM 8-K\nCURRENT REPORT Pursuant to Section 13 or 15(d)\n";
        for (int at = 0; at < text.length(); at++) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            bytes[at] = 0;
            ParseIssue issue = guard.check(bytes);
            assertNotNull(issue, "NUL at " + at);
            assertEquals("BINARY_INPUT", issue.code());
            assertEquals((long) at, issue.offset(), "the NUL's offset is named");
        }
        assertNull(guard.check(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void mostlyControlBytesAreBinary() {
        byte[] bytes = new byte[4000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 10 == 0 ? 0x01 : 'x');
        }
        ParseIssue issue = guard.check(bytes);
        assertNotNull(issue);
        assertEquals("BINARY_INPUT", issue.code());
        bytes = new byte[4000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 30 == 0 ? 0x01 : 'x');
        }
        assertNull(guard.check(bytes), "one control byte in thirty is tolerated (the limit is one in twenty)");
    }
}
