package dev.edgarlive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own files the tests read: the events/ that sam local invoke uses, and the samples/. */
final class ProjectFiles {

    /** The bucket name events/ files carry; tests swap in the bucket the emulator test resource made. */
    static final String EVENT_BUCKET = "edgar-live-local";

    private ProjectFiles() {
    }

    static String event(String name, String bucket) {
        return read(dir("edgar.events.dir", "events").resolve(name)).replace(EVENT_BUCKET, bucket);
    }

    static byte[] sample(String name) {
        try {
            return Files.readAllBytes(dir("edgar.samples.dir", "samples").resolve(name));
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
