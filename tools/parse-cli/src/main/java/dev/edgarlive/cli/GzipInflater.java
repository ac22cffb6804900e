package dev.edgarlive.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Inflates a whole gzip input in memory, and stops at a bound that a gzip bomb would cross: a few kilobytes of
 * deflate can claim a gigabyte, and several threads inflating at once share one heap.
 *
 * <p>The bound is a ratio to the compressed size, with a floor so that a small file may still inflate a good deal,
 * and an absolute cap for inputs that are large before they are inflated. The corpus's filings inflate at most 44
 * times (an inline-XBRL 8-K, gzip -9); a bomb inflates about a thousand times.
 */
final class GzipInflater {

    /** Filings compress 3 to 44 times in the corpus; this leaves room for more regular ones than it holds. */
    static final int MAX_RATIO = 200;
    /** However small the compressed input, it may inflate this far: harmless, and no false alarm on tiny files. */
    static final int FLOOR_BYTES = 1 << 20;
    /** The largest EDGAR submissions run to a few hundred megabytes; a Java array stops short of 2 GiB anyway. */
    static final int MAX_BYTES = 1 << 30;

    private static final int BUFFER = 64 * 1024;

    private final int maxRatio;
    private final int floorBytes;
    private final int maxBytes;

    GzipInflater() {
        this(MAX_RATIO, FLOOR_BYTES, MAX_BYTES);
    }

    /** Limits of one's own, for tests that cannot afford to inflate a gigabyte. */
    GzipInflater(int maxRatio, int floorBytes, int maxBytes) {
        if (maxBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("no byte array holds " + maxBytes + " bytes and one more");
        }
        this.maxRatio = maxRatio;
        this.floorBytes = floorBytes;
        this.maxBytes = maxBytes;
    }

    /** Gzip's magic number, the two bytes every gzip member starts with. */
    static boolean isGzip(byte[] content) {
        return content.length >= 2 && (content[0] & 0xFF) == 0x1F && (content[1] & 0xFF) == 0x8B;
    }

    /**
     * The inflated bytes of every member in turn (concatenated gzip files are one stream).
     *
     * @throws LimitExceeded when the input inflates past its bound; nothing past the bound is kept
     * @throws IOException   when the input is not gzip, is cut short or fails its checksum
     */
    byte[] inflate(byte[] compressed) throws IOException, LimitExceeded {
        long byRatio = Math.max((long) floorBytes, (long) maxRatio * compressed.length);
        int limit = (int) Math.min(maxBytes, byRatio);
        byte[] inflated;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), BUFFER)) {
            // One byte past the limit tells "exactly at the limit" from "beyond it", without reading further.
            inflated = in.readNBytes(limit + 1);
        }
        if (inflated.length > limit) {
            throw new LimitExceeded(byRatio <= maxBytes
                    ? "it inflates to more than " + maxRatio + " times its compressed size of " + compressed.length
                            + " bytes (a gzip bomb?); refused at " + limit + " bytes"
                    : "it inflates to more than " + maxBytes + " bytes; refused");
        }
        return inflated;
    }

    /** The input inflates past its bound; the message says which bound. */
    static final class LimitExceeded extends Exception {
        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }
}
