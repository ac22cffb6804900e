package dev.edgarlive.parser.envelope;

import dev.edgarlive.filing.ParseIssue;

import java.nio.ByteBuffer;

/**
 * Rejects, before any parsing, input that provably is not a filing: nothing at all, or binary bytes (NULs and
 * control characters, or the magic number of a PDF, zip or image). Text that is not a filing is recognised later,
 * once its envelope is known.
 */
public final class InputGuard {

    private static final int SAMPLE = 8192;

    public ParseIssue check(byte[] content) {
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
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            // Eight bytes at a time: only the bytes flagged as possible controls (a line feed, about one word in
            // eight) are looked at one by one. The buffer reads big-endian, so the first byte is the top lane.
            long flagged = controlCandidates(words.getLong(i));
            while (flagged != 0) {
                int lane = Long.numberOfLeadingZeros(flagged) >>> 3;
                int at = i + lane;
                int b = content[at] & 0xFF;
                if (b == 0) {
                    return nulAt(at);
                }
                if (isStrayControl(b)) {
                    controls++;
                }
                flagged &= ~(HIGH_BIT_OF_TOP_LANE >>> (8 * lane));
            }
        }
        for (; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return nulAt(i);
            }
            if (isStrayControl(b)) {
                controls++;
            }
        }
        if (controls * 20 > n) {
            return ParseIssue.error("BINARY_INPUT", 0, "the input is mostly control bytes: it is binary, not a filing");
        }
        return null;
    }

    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long HIGH_BIT_OF_TOP_LANE = 0x8000000000000000L;
    private static final long SPACES = 0x2020202020202020L;

    /**
     * A mask with the high bit set in the lane of every byte of the word below 0x20, and perhaps in a few other
     * lanes: the classic test for a byte less than n, on the low seven bits of each byte. Subtracting 0x20 borrows
     * into a lane's high bit when its byte is below 0x20; a borrow passed on, or a high byte whose low bits are
     * below 0x20, may flag a lane falsely, which the exact test of that byte then clears. A word of printable ASCII
     * gives 0.
     */
    static long controlCandidates(long word) {
        long low = word & ~HIGH_BITS;
        return (low - SPACES) & ~low & HIGH_BITS;
    }

    /** A control byte that text does not hold (line ends, tabs, form feeds and the DOS end-of-file mark it does). */
    private static boolean isStrayControl(int b) {
        return b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B && b != 0x1A;
    }

    private static ParseIssue nulAt(int offset) {
        return ParseIssue.error("BINARY_INPUT", offset, "the input holds NUL bytes: it is binary, not a filing");
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
