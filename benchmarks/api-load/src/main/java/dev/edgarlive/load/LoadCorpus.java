package dev.edgarlive.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The filings a load run uploads: the shared corpus's files, read in place. By default only those under a size
 * limit: moto copies a whole table for every transaction action, so the full corpus (74 MB, its largest rows)
 * makes each save take seconds and moto's memory swell past 10 GB.
 *
 * @param maxFileBytes files at least this large are left out; {@code Long.MAX_VALUE} for the full corpus
 */
record LoadCorpus(Path directory, List<Path> files, long maxFileBytes) {

    LoadCorpus {
        files = List.copyOf(files);
    }

    static LoadCorpus select(Path corpusDir, long maxFileBytes) throws IOException {
        Path files = corpusDir.resolve("files");
        if (!Files.isDirectory(files)) {
            throw new IOException("no corpus at " + files + ": give --corpus-dir (the directory holding files/ and "
                    + "MANIFEST.tsv), or set EDGAR_CORPUS_DIR");
        }
        try (Stream<Path> listing = Files.list(files)) {
            List<Path> chosen = listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> size(file) < maxFileBytes)
                    .sorted()
                    .toList();
            return new LoadCorpus(files, chosen, maxFileBytes);
        }
    }

    long totalBytes() {
        return files.stream().mapToLong(LoadCorpus::size).sum();
    }

    /**
     * Where the corpus is: {@code given} when set, else EDGAR_CORPUS_DIR, else {@code ../shared/corpus} beside the
     * project.
     */
    static Path directory(Path given, Path projectDir) {
        if (given != null) {
            return given;
        }
        String fromEnvironment = System.getenv("EDGAR_CORPUS_DIR");
        return fromEnvironment != null && !fromEnvironment.isBlank() ? Path.of(fromEnvironment)
                : projectDir.toAbsolutePath().normalize().resolveSibling("shared").resolve("corpus");
    }

    String describe() {
        String limit = maxFileBytes == Long.MAX_VALUE ? "the whole corpus" : "files under " + maxFileBytes / 1024 + " KB";
        return files.size() + " corpus files (" + limit + ", " + totalBytes() / 1024 + " KB) from " + directory;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
