package dev.edgarlive.query;

import dev.edgarlive.emulator.ProjectFiles;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.SourceObject;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small data set for the tests of the API's edges (fuzz, limits): the seed, a few small corpus 8-Ks (so that
 * lists have more than one page and issue cursors) and three recorded failures on three days. Small on purpose:
 * thousands of requests against it stay quick on the emulator. Loaded once per bucket (each Quarkus test profile
 * gets a bucket and table of its own).
 *
 * @param ids the stored filing ids, the seed first
 * @param cik the seed's company
 */
record EdgeData(List<String> ids, String cik) {

    static final String SEED_ID = QueryFunctionIT.SEED_ID;
    /** The failures recorded, newest first: key and time. */
    static final List<String> FAILURE_KEYS = List.of("filings/late.txt", "filings/blob.bin", "filings/empty.txt");
    static final List<Instant> FAILURE_TIMES = List.of(Instant.parse("2026-12-07T05:00:00Z"),
            Instant.parse("2026-12-06T23:59:59Z"), Instant.parse("2026-12-05T00:00:00Z"));

    private static final int CORPUS_FILINGS = 6;
    private static final long CORPUS_MAX_BYTES = 60_000;
    private static final java.util.Map<String, EdgeData> LOADED = new java.util.HashMap<>();

    static synchronized EdgeData load(FilingStore store, String bucket) {
        EdgeData loaded = LOADED.get(bucket);
        if (loaded == null) {
            List<Path> files = new ArrayList<>();
            files.add(ProjectFiles.sample("8k_hecla-mining_2000-11-28_seed.txt"));
            ProjectFiles.corpusFiles().ifPresent(corpus -> corpus.stream()
                    .filter(file -> file.getFileName().toString().startsWith("8k_"))
                    .filter(file -> file.getFileName().toString().endsWith(".txt"))    // with an SEC header: a CIK
                    .filter(file -> !file.getFileName().toString().contains("_seed"))
                    .filter(file -> StoredCorpus.size(file) < CORPUS_MAX_BYTES)
                    .limit(CORPUS_FILINGS)
                    .forEach(files::add));
            FilingParser parser = new FilingParser();
            List<String> ids = new ArrayList<>();
            String cik = null;
            for (Path file : files) {
                byte[] content = StoredCorpus.read(file);
                ParseResult result = parser.parse(content);
                if (!result.succeeded() || !result.errors().isEmpty()) {
                    continue;
                }
                Filing filing = result.filing().orElseThrow();
                SourceObject source = SourceObject.ofContent(bucket, "filings/" + file.getFileName(), content,
                        null, null);
                ids.add(store.save(source, filing).filingId());
                if (cik == null && filing.company() != null && filing.company().cik() != null) {
                    cik = filing.company().cik();
                }
            }
            for (int i = 0; i < FAILURE_KEYS.size(); i++) {
                String key = FAILURE_KEYS.get(i);
                store.recordFailure(SourceObject.ofContent(bucket, key, key.getBytes(), null, null),
                        "NOT_A_FILING: test failure " + i, FAILURE_TIMES.get(i));
            }
            loaded = new EdgeData(List.copyOf(ids), cik == null ? "0000719413" : cik);
            LOADED.put(bucket, loaded);
        }
        return loaded;
    }
}
