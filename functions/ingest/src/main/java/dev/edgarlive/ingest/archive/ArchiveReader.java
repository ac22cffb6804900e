package dev.edgarlive.ingest.archive;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads an archive's members one after another as its bytes come in, holding none of them: memory stays the same
 * whatever the archive's size. Counts where it is (compressed bytes read from the object, bytes expanded), so that a
 * truncated or corrupt archive is reported with the offset where it broke, and guards the expansion ratio.
 */
final class ArchiveReader implements Closeable {

    private final ArchiveFormat format;
    private final CountingInputStream stored;
    private final ExpansionGuard expansion;
    private final ArchiveInputStream<? extends ArchiveEntry> entries;
    private int index = -1;

    private ArchiveReader(ArchiveFormat format, CountingInputStream stored, ExpansionGuard expansion,
                          ArchiveInputStream<? extends ArchiveEntry> entries) {
        this.format = format;
        this.stored = stored;
        this.expansion = expansion;
        this.entries = entries;
    }

    /**
     * Opens the archive held in {@code object} (read from its start); empty when its bytes are no archive this
     * reader knows.
     */
    static Optional<ArchiveReader> open(String key, InputStream object, int maxRatio) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(object, 64 * 1024);
        buffered.mark(ArchiveFormat.HEAD_BYTES);
        byte[] head = buffered.readNBytes(ArchiveFormat.HEAD_BYTES);
        buffered.reset();
        Optional<ArchiveFormat> format = ArchiveFormat.detect(key, head, head.length);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        CountingInputStream stored = new CountingInputStream(buffered);
        ExpansionGuard expansion = new ExpansionGuard(stored, maxRatio);
        ArchiveInputStream<? extends ArchiveEntry> entries = switch (format.get()) {
            case TAR -> new TarArchiveInputStream(stored, StandardCharsets.UTF_8.name());
            case TAR_GZ -> new TarArchiveInputStream(expansion.watch(new GZIPInputStream(stored, 64 * 1024)),
                    StandardCharsets.UTF_8.name());
            case ZIP -> new ZipArchiveInputStream(stored, StandardCharsets.UTF_8.name(), true, true);
        };
        return Optional.of(new ArchiveReader(format.get(), stored, expansion, entries));
    }

    ArchiveFormat format() {
        return format;
    }

    /** The next member, or empty at the archive's proper end; an IOException where the archive breaks. */
    Optional<ArchiveMember> next() throws IOException {
        ArchiveEntry entry = entries.getNextEntry();
        if (entry == null) {
            return Optional.empty();
        }
        index++;
        boolean file = !entry.isDirectory() && !(entry instanceof TarArchiveEntry tar && !tar.isFile());
        InputStream content = entries;
        if (entry instanceof ZipArchiveEntry zip) {
            if (!entries.canReadEntryData(zip)) {
                throw new UnreadableMemberException(index, entry.getName(), "its compression method ("
                        + zip.getMethod() + ") or encryption is not supported");
            }
            content = expansion.watch(entries); // zip entries expand one by one; tar.gz expands as a whole
        }
        long size = entry.getSize() == ArchiveEntry.SIZE_UNKNOWN ? -1 : entry.getSize();
        return Optional.of(new ArchiveMember(index, entry.getName(), size, file, nonClosing(content)));
    }

    /** Bytes of the stored object read so far (approximate: decompressors read ahead). */
    long storedOffset() {
        return stored.count();
    }

    /** Bytes the archive has expanded to so far (tar.gz as a whole, zip members' data). */
    long expandedOffset() {
        return format == ArchiveFormat.TAR ? stored.count() : expansion.expanded();
    }

    @Override
    public void close() throws IOException {
        entries.close();
    }

    /** A member's content stream must not close the archive's. */
    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // The archive stream stays open for the next member.
            }
        };
    }

    /** A member the reader cannot give the bytes of; the archive itself goes on. */
    static final class UnreadableMemberException extends IOException {
        private final int index;
        private final String path;

        UnreadableMemberException(int index, String path, String reason) {
            super(reason);
            this.index = index;
            this.path = path;
        }

        int index() {
            return index;
        }

        String path() {
            return path;
        }
    }
}
