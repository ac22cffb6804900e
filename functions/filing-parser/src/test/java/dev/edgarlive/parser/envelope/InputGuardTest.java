package dev.edgarlive.parser.envelope;

import dev.edgarlive.filing.ParseIssue;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class InputGuardTest {

    private final InputGuard guard = new InputGuard();

    @Test
    void everyControlByteIsFlaggedInItsLaneAndPrintableAsciiIsNot() {
        // Every byte value in every lane of a word of 'a's, alone and after a byte that borrows (a control byte).
        for (int lane = 0; lane < Long.BYTES; lane++) {
            long laneBit = 0x8000000000000000L >>> (8 * lane);
            for (int value = 0; value < 256; value++) {
                byte[] word = "aaaaaaaa".getBytes(StandardCharsets.US_ASCII);
                word[lane] = (byte) value;
                long flagged = InputGuard.controlCandidates(ByteBuffer.wrap(word).getLong());
                if (value < 0x20) {
                    assertNotEquals(0, flagged & laneBit, "byte " + value + " in lane " + lane + " is flagged");
                } else if (value < 0x80) {
                    assertEquals(0, flagged, "printable byte " + value + " in lane " + lane + " flags nothing");
                }
                if (lane > 0 && value < 0x20) {
                    word[lane - 1] = 0x1F;
                    flagged = InputGuard.controlCandidates(ByteBuffer.wrap(word).getLong());
                    assertNotEquals(0, flagged & laneBit, "byte " + value + " in lane " + lane + " after a control byte");
                }
            }
        }
    }

    @Test
    void strayControlsAreCountedExactlyInEveryLaneAndInTheTail() {
        // 4,003 bytes tolerate 200 stray control bytes (the limit is one in twenty) and not 201. The controls sit
        // in every lane of the words in turn; the 201st sits in the three bytes after the last whole word.
        byte[] bytes = new byte[4003];
        java.util.Arrays.fill(bytes, (byte) 'x');
        for (int k = 0; k < 200; k++) {
            bytes[k * 20 + k % 8] = 0x01; // lane (5k mod 8): every lane in turn
        }
        assertNull(guard.check(bytes), "200 controls are tolerated");
        bytes[4001] = 0x02;
        ParseIssue issue = guard.check(bytes);
        assertNotNull(issue, "the 201st, in the tail, is counted");
        assertEquals("BINARY_INPUT", issue.code());
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
