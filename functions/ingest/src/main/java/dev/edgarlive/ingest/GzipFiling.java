package dev.edgarlive.ingest;

import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A filing uploaded gzip-compressed (a {@code .gz} key, or bytes that start with gzip's magic number): ingested as
 * the filing it holds. Decompression stops at a ceiling, so that a small object cannot blow up into gigabytes (a
 * gzip bomb): the output may not pass {@code maxBytes}, nor {@code maxRatio} times the compressed size (past the
 * first megabyte, where small files legitimately compress far better). Plain bytes pass through untouched.
 */
public final class GzipFiling {

    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;
    /** Output below this never counts against the ratio: a few KB of filing text can compress 100:1. */
    private static final long RATIO_FREE_BYTES = 1 << 20;

    private final long maxBytes;
    private final int maxRatio;

    public GzipFiling(long maxBytes, int maxRatio) {
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
    }

    /**
     * What an uploaded object holds.
     *
     * @param content the filing's bytes (decompressed where the object was gzip), or null when refused
     * @param reason  why it was refused ({@code DECOMPRESSION_LIMIT}, {@code CORRUPT_GZIP}), else null
     */
    public record Opened(byte[] content, boolean wasCompressed, String reason) {

        public boolean refused() {
            return reason != null;
        }
    }

    public static boolean isGzip(String key, byte[] stored) {
        boolean magic = stored.length >= 2 && (stored[0] & 0xff) == MAGIC_1 && (stored[1] & 0xff) == MAGIC_2;
        return magic || key != null && key.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    public Opened open(String key, byte[] stored) {
        if (!isGzip(key, stored)) {
            return new Opened(stored, false, null);
        }
        long ceiling = Math.min(maxBytes, Math.max(RATIO_FREE_BYTES, (long) maxRatio * stored.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min((int) Math.min(ceiling, Integer.MAX_VALUE - 8),
                Math.max(8192, stored.length * 4)));
        byte[] buffer = new byte[64 * 1024];
        GzipCompressorInputStream gunzip = null;
        try (InputStream in = new ByteArrayInputStream(stored)) {
            // Concatenated gzip members are one file, as gzip itself reads them.
            gunzip = new GzipCompressorInputStream(in, true);
            for (int read = gunzip.read(buffer); read >= 0; read = gunzip.read(buffer)) {
                if ((long) out.size() + read > ceiling) {
                    return new Opened(null, true, "DECOMPRESSION_LIMIT: the gzip object of " + stored.length
                            + " bytes holds more than " + ceiling + " bytes (at most " + maxBytes + " bytes, and "
                            + maxRatio + " times the compressed size past the first MB); not decompressed further");
                }
                out.write(buffer, 0, read);
            }
        } catch (EOFException truncated) {
            return new Opened(null, true, "CORRUPT_GZIP: the gzip data ends early, at compressed byte "
                    + compressedCount(gunzip, stored) + " of " + stored.length + " (" + out.size()
                    + " bytes decompressed)");
        } catch (IOException corrupt) {
            return new Opened(null, true, "CORRUPT_GZIP: " + corrupt.getMessage() + " near compressed byte "
                    + compressedCount(gunzip, stored) + " of " + stored.length);
        }
        return new Opened(out.toByteArray(), true, null);
    }

    /** How far into the compressed bytes the decompressor got (all of them when it failed on the header). */
    private static long compressedCount(GzipCompressorInputStream gunzip, byte[] stored) {
        return gunzip == null ? 0 : Math.min(gunzip.getCompressedCount(), stored.length);
    }
}
