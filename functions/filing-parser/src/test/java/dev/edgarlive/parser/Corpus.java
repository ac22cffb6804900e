package dev.edgarlive.parser;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of real filings, read in place (never copied into the project). Its directory comes from
 * the system property {@code edgar.corpus.dir}, which the parent POM sets; tests that need it skip, saying why,
 * when it is absent.
 */
final class Corpus {

    private final Path root;

    private Corpus(Path root) {
        this.root = root;
    }

    /** The corpus, or a skipped test when it is not on this machine. */
    static Corpus requireCorpus() {
        String configured = System.getProperty("edgar.corpus.dir", "../../../shared/corpus");
        Path root = Path.of(configured).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("files")),
                "corpus not found at " + root + " (set -Dedgar.corpus.dir): corpus tests skipped");
        return new Corpus(root);
    }

    Path root() {
        return root;
    }

    List<Path> files() {
        try (Stream<Path> files = Files.list(root.resolve("files"))) {
            List<Path> all = new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String[]> tsv(String name) {
        try {
            List<String> lines = Files.readAllLines(root.resolve(name));
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] read(String relative) {
        try {
            return Files.readAllBytes(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String readString(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
