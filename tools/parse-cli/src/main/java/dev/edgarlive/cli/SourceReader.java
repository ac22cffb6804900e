package dev.edgarlive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The bytes of one input as the parser is to see them: the file's own, or, for a gzip file, what it inflates to.
 * A file is gzip when it starts with gzip's magic number, whatever its name; a file named {@code .gz} that does
 * not is a broken download, and said to be one rather than parsed as text.
 */
final class SourceReader {

    private final GzipInflater inflater;

    SourceReader(GzipInflater inflater) {
        this.inflater = inflater;
    }

    byte[] read(String source) throws UnreadableSource {
        byte[] content = readFile(source);
        if (GzipInflater.isGzip(content)) {
            return inflate(source, content);
        }
        if (source.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            throw new UnreadableSource(new SourceFailure(SourceFailure.CORRUPT_GZIP,
                    source + " is named .gz but does not start with gzip's magic number"));
        }
        return content;
    }

    private static byte[] readFile(String source) throws UnreadableSource {
        try {
            return Files.readAllBytes(Path.of(source));
        } catch (NoSuchFileException e) {
            throw new UnreadableSource(new SourceFailure(SourceFailure.FILE_NOT_FOUND, "no such file: " + source));
        } catch (IOException | InvalidPathException | OutOfMemoryError e) {
            throw new UnreadableSource(new SourceFailure(SourceFailure.UNREADABLE_FILE, "cannot read " + source + ": " + e));
        }
    }

    private byte[] inflate(String source, byte[] compressed) throws UnreadableSource {
        try {
            return inflater.inflate(compressed);
        } catch (GzipInflater.LimitExceeded e) {
            throw new UnreadableSource(new SourceFailure(SourceFailure.DECOMPRESSION_LIMIT,
                    "cannot inflate " + source + ": " + e.getMessage()));
        } catch (IOException e) {
            throw new UnreadableSource(new SourceFailure(SourceFailure.CORRUPT_GZIP, "cannot inflate " + source + ": " + e));
        } catch (OutOfMemoryError e) {
            throw new UnreadableSource(new SourceFailure(SourceFailure.UNREADABLE_FILE, "cannot inflate " + source + ": " + e));
        }
    }

    /** Why a source gave no bytes to parse; the command prints it as the file's error record. */
    static final class UnreadableSource extends Exception {

        private final transient SourceFailure failure;

        UnreadableSource(SourceFailure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }

        SourceFailure failure() {
            return failure;
        }
    }
}
