package dev.edgarlive.store;

import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed filing through the real parser into the store and back. (The whole corpus's rows are checked without
 * the emulator in {@link CorpusRowsTest}, and the whole corpus goes through the deployed functions and back out of
 * the API in infra/local's CorpusThroughFunctionsIT.)
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParsedCorpusIT {

    private StoreFixture fixture;

    @BeforeAll
    void provision() {
        fixture = new StoreFixture(4);
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    @Test
    void theSeedFilingParsedAndStoredReadsBackEqual() throws IOException {
        Path seed = corpus().resolve("files/8k_hecla-mining_2000-11-28_seed.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "Skipped: the shared corpus is not at " + corpus());
        Filing filing = storeAndReadBack(seed);
        assertThat(filing.company().name()).containsIgnoringCase("Hecla Mining");
        assertThat(filing.items()).extracting(i -> i.normalizedCode()).contains("8.01", "9.01");
    }

    /** Parses, saves, reads back with texts; asserts equality; returns the parsed filing. */
    private Filing storeAndReadBack(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        ParseResult result = new FilingParser().parse(bytes);
        if (!result.succeeded()) {
            return null;
        }
        Filing filing = result.filing().orElseThrow();
        String sha = HexFormat.of().formatHex(sha256(bytes));
        SourceObject source = SourceObject.of(fixture.settings.bucket(), "filings/" + path.getFileName(),
                bytes.length, sha);
        SaveOutcome outcome = fixture.store.save(source, filing);
        StoredFiling back = fixture.store.findFiling(outcome.filingId(), true).orElseThrow();
        assertThat(back.filing()).as(path.getFileName().toString()).isEqualTo(filing);
        return filing;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path corpus() {
        return Path.of(System.getProperty("edgar.corpus.dir", "../../../shared/corpus"));
    }
}
