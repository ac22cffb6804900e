package dev.edgarlive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The shared corpus of real filings (read in place, never copied), as its MANIFEST.tsv lists them.
 *
 * <p>Found from the system property {@code edgar.corpus.dir}, else the environment variable
 * {@code EDGAR_CORPUS_DIR}, else {@code ../shared/corpus} beside the repository that holds the
 * working directory (the same default the tests use).
 */
final class Corpus {

    static final String DIR_PROPERTY = "edgar.corpus.dir";
    static final String DIR_ENVIRONMENT = "EDGAR_CORPUS_DIR";
    private static final String MANIFEST = "MANIFEST.tsv";

    private final Path dir;
    private final List<CorpusFile> files;

    private Corpus(Path dir, List<CorpusFile> files) {
        this.dir = dir;
        this.files = List.copyOf(files);
    }

    /** The corpus, or a message that says where it was looked for. */
    static Corpus locate() {
        Path dir = configuredDir().orElseGet(Corpus::besideRepository);
        if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
            throw new IllegalStateException("no corpus at " + dir + " (no " + MANIFEST + "); set -D" + DIR_PROPERTY
                    + "=DIR or " + DIR_ENVIRONMENT + "=DIR");
        }
        return load(dir);
    }

    static Corpus load(Path dir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(MANIFEST), e);
        }
        List<String> columns = Arrays.asList(lines.get(0).split("\t", -1));
        int fileColumn = columnIndex(columns, "local_file");
        int formatColumn = columnIndex(columns, "format");
        List<CorpusFile> files = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            Path path = dir.resolve(fields[fileColumn]);
            // A row whose file is gone is left out rather than failing the whole run.
            if (Files.isRegularFile(path)) {
                files.add(new CorpusFile(path, fields[formatColumn], sizeOf(path)));
            }
        }
        return new Corpus(dir, files);
    }

    Path dir() {
        return dir;
    }

    List<CorpusFile> files() {
        return files;
    }

    List<CorpusFile> files(String format) {
        return files.stream().filter(f -> f.format().equals(format)).toList();
    }

    SortedSet<String> formats() {
        TreeSet<String> formats = new TreeSet<>();
        files.forEach(f -> formats.add(f.format()));
        return formats;
    }

    long bytes(String format) {
        return files(format).stream().mapToLong(CorpusFile::size).sum();
    }

    long bytes() {
        return files.stream().mapToLong(CorpusFile::size).sum();
    }

    CorpusFile largest() {
        return files.stream().max(Comparator.comparingLong(CorpusFile::size))
                .orElseThrow(() -> new IllegalStateException("the corpus at " + dir + " lists no files"));
    }

    private static Optional<Path> configuredDir() {
        String property = System.getProperty(DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        String environment = System.getenv(DIR_ENVIRONMENT);
        if (environment != null && !environment.isBlank()) {
            return Optional.of(Path.of(environment));
        }
        return Optional.empty();
    }

    /** ../shared/corpus from the repository root: the nearest directory upwards that holds mvnw. */
    private static Path besideRepository() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("benchmarks"))) {
                return dir.resolve("../shared/corpus").normalize();
            }
        }
        return here.resolve("../shared/corpus").normalize();
    }

    private static int columnIndex(List<String> columns, String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException(MANIFEST + " has no column " + name + ": " + columns);
        }
        return index;
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
