package dev.edgarlive.ingest.archive;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The archive formats the unpack function reads: EDGAR's daily feed ({@code YYYYMMDD.nc.tar.gz}, a gzipped tar of
 * {@code .nc} submissions) and any {@code .tar}, {@code .tar.gz} / {@code .tgz} or {@code .zip} of filings. The
 * bytes decide, the name only where the bytes cannot (a tar without a ustar magic).
 */
enum ArchiveFormat {
    TAR, TAR_GZ, ZIP;

    /** Bytes needed to tell the formats apart: a tar header's magic sits at offset 257. */
    static final int HEAD_BYTES = 512;

    static Optional<ArchiveFormat> detect(String key, byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Optional.of(TAR_GZ);
        }
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(ZIP);
        }
        if (length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return Optional.of(TAR);
        }
        String name = key.toLowerCase(Locale.ROOT);
        if (name.endsWith(".tar") && length > 0) {
            return Optional.of(TAR); // a pre-POSIX tar has no magic
        }
        return Optional.empty();
    }
}
