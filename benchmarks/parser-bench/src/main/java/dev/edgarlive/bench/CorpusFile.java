package dev.edgarlive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One filing of the shared corpus, with the format MANIFEST.tsv gives it. */
record CorpusFile(Path path, String format, long size) {

    byte[] read() {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + path, e);
        }
    }

    String name() {
        return path.getFileName().toString();
    }
}
