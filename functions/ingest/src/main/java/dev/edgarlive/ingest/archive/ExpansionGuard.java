package dev.edgarlive.ingest.archive;

import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes an archive expands to and stops reading once they pass {@code maxRatio} times the compressed bytes
 * read so far (past a first stretch that small archives of text legitimately pass): a zip or gzip bomb ends in an
 * {@link ArchiveBombException}, not in minutes of inflating gigabytes.
 */
final class ExpansionGuard {

    /** Expansion below this never counts against the ratio. */
    static final long RATIO_FREE_BYTES = 4L << 20;

    private final CountingInputStream compressed;
    private final int maxRatio;
    private long expanded;

    ExpansionGuard(CountingInputStream compressed, int maxRatio) {
        this.compressed = compressed;
        this.maxRatio = maxRatio;
    }

    long expanded() {
        return expanded;
    }

    /** {@code in}, with every byte read or skipped through it counted against the ratio. */
    InputStream watch(InputStream in) {
        return new CountingInputStream(in) {
            @Override
            void counted(long bytes) throws IOException {
                super.counted(bytes);
                expanded += bytes;
                long allowed = RATIO_FREE_BYTES + (long) maxRatio * compressed.count();
                if (expanded > allowed) {
                    throw new ArchiveBombException("the archive expands to more than " + maxRatio
                            + " times its compressed size (" + expanded + " bytes from " + compressed.count()
                            + " compressed bytes)");
                }
            }
        };
    }
}
