package dev.edgarlive.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files the tests read: the project's events/ and samples/, and the shared corpus where it exists. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static String event(String name) {
        return read(dir("edgar.events.dir", "events").resolve(name));
    }

    static Path sample(String name) {
        return dir("edgar.samples.dir", "samples").resolve(name);
    }

    /** The corpus's filing files, or empty where the corpus is absent (a user's clone). */
    static Optional<List<Path>> corpusFiles() {
        Path files = dir("edgar.corpus.dir", "../shared/corpus").resolve("files");
        if (!Files.isDirectory(files)) {
            return Optional.empty();
        }
        try (Stream<Path> listing = Files.list(files)) {
            return Optional.of(listing.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path dir(String property, String fallback) {
        String configured = System.getProperty(property);
        return configured != null ? Path.of(configured) : Path.of("../..", fallback);
    }
}
