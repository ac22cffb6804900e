package dev.edgarlive.ingest.archive;

import java.io.IOException;

/** The archive expands far beyond what its compressed size allows for filings: a decompression bomb. */
final class ArchiveBombException extends IOException {

    ArchiveBombException(String message) {
        super(message);
    }
}
