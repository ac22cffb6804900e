package dev.edgarlive.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's own files that tests feed the functions: the {@code events/} that {@code sam local invoke} uses,
 * the {@code samples/} the local stack loads, and the shared corpus of real filings where it exists. The build
 * names each folder in a system property; without one, they are found beside template.yaml.
 */
public final class ProjectFiles {

    /** The bucket the events/ files name; tests swap in the bucket they made. */
    public static final String EVENT_BUCKET = "edgar-live-local";

    private ProjectFiles() {
    }

    /** An events/ file as text. */
    public static String event(String name) {
        try {
            return Files.readString(folder("edgar.events.dir", "events").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An events/ file with the bucket it names replaced by {@code bucket}. */
    public static String event(String name, String bucket) {
        return event(name).replace(EVENT_BUCKET, bucket);
    }

    /** A file in samples/. */
    public static Path sample(String name) {
        return folder("edgar.samples.dir", "samples").resolve(name);
    }

    /** The corpus's filing files in name order, or empty where the corpus is absent (as on a user's clone). */
    public static Optional<List<Path>> corpusFiles() {
        Path files = folder("edgar.corpus.dir", "../shared/corpus").resolve("files");
        if (!Files.isDirectory(files)) {
            return Optional.empty();
        }
        try (Stream<Path> listing = Files.list(files)) {
            return Optional.of(listing.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String property, String besideTemplate) {
        String configured = System.getProperty(property, "").strip();
        return configured.isEmpty()
                ? SamTemplate.locate().getParent().resolve(besideTemplate).normalize()
                : Path.of(configured);
    }
}
