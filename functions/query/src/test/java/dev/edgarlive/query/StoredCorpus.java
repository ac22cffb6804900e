package dev.edgarlive.query;

import dev.edgarlive.emulator.ProjectFiles;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.SaveOutcome;
import dev.edgarlive.store.SourceObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The data the query tests read: the seed and, where the shared corpus exists, the corpus filings, parsed by the
 * real parser and saved by the real store exactly as the ingest function saves them. Loaded once per test JVM.
 *
 * <p>By default the corpus files under {@value #SAMPLE_MAX_BYTES} bytes are stored (about 330 of 385, every era and
 * format), which keeps this module's tests to a minute or so; {@code -Dedgar.test.corpus=full} stores every file.
 * The whole corpus goes through the deployed functions, ingest and query, in infra/local's
 * CorpusThroughFunctionsIT.
 */
final class StoredCorpus {

    /** A filing as stored, with what the tests expect of it. */
    record Stored(String id, Filing filing) {
    }

    static final long SAMPLE_MAX_BYTES = 300_000;

    private static List<Stored> loaded;

    private StoredCorpus() {
    }

    static synchronized List<Stored> load(FilingStore store, String bucket) {
        if (loaded == null) {
            List<Path> files = new ArrayList<>();
            files.add(ProjectFiles.sample("8k_hecla-mining_2000-11-28_seed.txt"));
            boolean full = "full".equals(System.getProperty("edgar.test.corpus"));
            ProjectFiles.corpusFiles().ifPresent(corpus -> corpus.stream()
                    .filter(file -> !file.getFileName().toString().contains("_seed"))
                    .filter(file -> full || size(file) < SAMPLE_MAX_BYTES)
                    .forEach(files::add));
            FilingParser parser = new FilingParser();
            // Keyed by id: where two corpus files hold the same filing, the store keeps the one saved last.
            java.util.Map<String, Stored> stored = new java.util.LinkedHashMap<>();
            for (Path file : files) {
                byte[] content = read(file);
                ParseResult result = parser.parse(content);
                if (!result.succeeded() || !result.errors().isEmpty()) {
                    continue; // ingest records these as failures; nothing to query
                }
                Filing filing = result.filing().orElseThrow();
                SourceObject source = SourceObject.ofContent(bucket, "filings/" + file.getFileName(), content,
                        null, null);
                SaveOutcome outcome = store.save(source, filing);
                stored.put(outcome.filingId(), new Stored(outcome.filingId(), filing));
            }
            loaded = List.copyOf(stored.values());
        }
        return loaded;
    }

    /** The file's size; a corpus file that cannot be read fails the test that loads it. */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
