package dev.edgarlive.parser;

import dev.edgarlive.filing.ParseIssue;

import java.nio.ByteBuffer;

/**
 * Rejects, before any parsing, input that provably is not a filing: nothing at all, or binary bytes (NULs and
 * control characters, or the magic number of a PDF, zip or image). Text that is not a filing is recognised later,
 * once its envelope is known.
 */
final class InputGuard {

    private static final int SAMPLE = 8192;

    ParseIssue check(byte[] content) {
        if (content == null || content.length == 0) {
            return ParseIssue.error("EMPTY_INPUT", 0, "the input is empty");
        }
        if (isBlank(content)) {
            return ParseIssue.error("EMPTY_INPUT", 0, "the input holds only white space");
        }
        String magic = magicNumber(content);
        if (magic != null) {
            return ParseIssue.error("BINARY_INPUT", 0, "the input is a " + magic + " file, not a filing");
        }
        int n = Math.min(content.length, SAMPLE);
        int controls = 0;
        ByteBuffer words = ByteBuffer.wrap(content);
        for (int i = 0; i < n; i += Long.BYTES) {
            // Eight printable ASCII bytes (0x20-0x7F) are settled at once; a word holding a control byte (a line
            // feed, about one word in eight) or a high byte is read byte by byte.
            if (i + Long.BYTES <= n && isPrintableAscii(words.getLong(i))) {
                continue;
            }
            for (int j = i; j < Math.min(n, i + Long.BYTES); j++) {
                int b = content[j] & 0xFF;
                if (b >= 0x20) {
                    continue;
                }
                if (b == 0) {
                    return ParseIssue.error("BINARY_INPUT", j, "the input holds NUL bytes: it is binary, not a filing");
                }
                if (b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B && b != 0x1A) {
                    controls++;
                }
            }
        }
        if (controls * 20 > n) {
            return ParseIssue.error("BINARY_INPUT", 0, "the input is mostly control bytes: it is binary, not a filing");
        }
        return null;
    }

    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SPACES = 0x2020202020202020L;

    /**
     * No byte of the word is below 0x20 or above 0x7F. Subtracting 0x20 from each byte borrows into its high bit
     * exactly when an ASCII byte is below 0x20 (the classic test for a byte less than n, exact for ASCII bytes; a
     * borrow passed on can only mark a word that holds such a byte already).
     */
    static boolean isPrintableAscii(long word) {
        return (word & HIGH_BITS) == 0 && ((word - SPACES) & ~word & HIGH_BITS) == 0;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String magicNumber(byte[] c) {
        if (startsWith(c, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (startsWith(c, 'P', 'K', 3, 4)) {
            return "zip";
        }
        if (startsWith(c, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(c, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(c, 0x1F, 0x8B)) {
            return "gzip";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
