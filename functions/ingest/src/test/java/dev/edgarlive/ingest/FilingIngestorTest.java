package dev.edgarlive.ingest;

import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.SourceObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The ingestor's decisions that need no emulator: what it refuses to read, and what it leaves alone. */
class FilingIngestorTest {

    private static final Instant NOW = Instant.parse("2024-05-02T16:05:00Z");

    private final S3Client s3 = mock(S3Client.class);
    private final FilingStore store = mock(FilingStore.class);
    private final IngestConfig config = mock(IngestConfig.class);
    private FilingIngestor ingestor;

    @BeforeEach
    void configure() {
        when(config.filingsPrefix()).thenReturn("filings/");
        when(config.maxObjectBytes()).thenReturn(1_000L);
        ingestor = new FilingIngestor(s3, new FilingParser(), store, config, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anObjectOverTheLimitIsARecordedFailureAndIsNeverRead() {
        S3ObjectEvent event = new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, "bucket", "filings/huge.txt", 5_000, "e");

        RecordOutcome outcome = ingestor.ingest(event);

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(outcome.reason()).startsWith("TOO_LARGE").contains("5000");
        verify(store).recordFailure(argThat((SourceObject s) -> s.key().equals("filings/huge.txt")
                && s.size() == 5_000 && s.contentSha256() == null), eq(outcome.reason()), eq(NOW));
        verifyNoInteractions(s3);
    }

    @Test
    void keysOutsideTheFilingsPrefixAndTestEventsAreLeftAlone() {
        RecordOutcome derived = ingestor.ingest(
                new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, "bucket", "derived/x.txt", 10, null));
        RecordOutcome testEvent = ingestor.ingest(new S3ObjectEvent(S3ObjectEvent.Kind.OTHER, null, null, 0, null));

        assertThat(derived.outcome()).isEqualTo(RecordOutcome.Outcome.SKIPPED);
        assertThat(testEvent.outcome()).isEqualTo(RecordOutcome.Outcome.SKIPPED);
        verifyNoInteractions(s3, store);
    }

    @Test
    void aRemovalRemovesWhateverTheKeyProduced() {
        when(store.removeSource(any())).thenReturn(new dev.edgarlive.store.RemoveOutcome("filings/a.txt", "id-1",
                dev.edgarlive.store.RemoveOutcome.Result.FILING_REMOVED));

        RecordOutcome outcome = ingestor.ingest(
                new S3ObjectEvent(S3ObjectEvent.Kind.REMOVED, "bucket", "filings/a.txt", 0, null));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.REMOVED);
        assertThat(outcome.filingId()).isEqualTo("id-1");
        verifyNoInteractions(s3);
    }

    @Test
    void aFilingTheStoreCannotFitIsARecordedFailureNotARetry() throws Exception {
        byte[] seed = java.nio.file.Files.readAllBytes(
                dev.edgarlive.emulator.ProjectFiles.sample("8k_hecla-mining_2000-11-28_seed.txt"));
        when(config.maxObjectBytes()).thenReturn(1_000_000L);
        when(s3.getObjectAsBytes(any(java.util.function.Consumer.class))).thenReturn(
                software.amazon.awssdk.core.ResponseBytes.fromByteArray(
                        software.amazon.awssdk.services.s3.model.GetObjectResponse.builder().eTag("e").build(), seed));
        when(store.save(any(), any())).thenThrow(
                new dev.edgarlive.store.FilingTooLargeException("the title of item 5 is 500000 bytes"));

        RecordOutcome outcome = ingestor.ingest(
                new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, "bucket", "filings/seed.txt", seed.length, "e"));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(outcome.reason()).startsWith("PART_TOO_LARGE").contains("500000 bytes");
        verify(store).recordFailure(argThat((SourceObject s) -> s.key().equals("filings/seed.txt")
                && s.contentSha256() != null), eq(outcome.reason()), eq(NOW));
    }

    @Test
    void aGzipUploadIsIngestedAsTheFilingItHolds() throws Exception {
        byte[] seed = java.nio.file.Files.readAllBytes(
                dev.edgarlive.emulator.ProjectFiles.sample("8k_hecla-mining_2000-11-28_seed.txt"));
        byte[] gzipped = GzipFilingTest.gzipped(seed);
        when(config.maxObjectBytes()).thenReturn(1_000_000L);
        when(config.maxDecompressionRatio()).thenReturn(100);
        when(s3.getObjectAsBytes(any(java.util.function.Consumer.class))).thenReturn(
                software.amazon.awssdk.core.ResponseBytes.fromByteArray(
                        software.amazon.awssdk.services.s3.model.GetObjectResponse.builder().eTag("e").build(), gzipped));
        when(store.save(any(), any())).thenReturn(new dev.edgarlive.store.SaveOutcome("sha256-87eed33c2b6fca1e6e8943babf15648a",
                dev.edgarlive.store.SaveOutcome.Change.CREATED));

        RecordOutcome outcome = ingestor.ingest(
                new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, "bucket", "filings/seed.txt.gz", gzipped.length, "e"));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.STORED);
        assertThat(outcome.formType()).isEqualTo("8-K");
        // Saved as the filing it holds: the same bytes (and so the same id) as the plain upload of the seed.
        verify(store).save(argThat((SourceObject s) -> s.size() == seed.length
                && s.contentSha256().equals(dev.edgarlive.store.SourceObject.ofContent("b", "k", seed, null, null)
                .contentSha256())), any());
    }

    @Test
    void aGzipBombIsARecordedFailureWithItsReason() throws Exception {
        byte[] bomb = GzipFilingTest.gzipped(new byte[50 << 20]);
        when(config.maxObjectBytes()).thenReturn(64L << 20);
        when(config.maxDecompressionRatio()).thenReturn(100);
        when(s3.getObjectAsBytes(any(java.util.function.Consumer.class))).thenReturn(
                software.amazon.awssdk.core.ResponseBytes.fromByteArray(
                        software.amazon.awssdk.services.s3.model.GetObjectResponse.builder().eTag("e").build(), bomb));

        RecordOutcome outcome = ingestor.ingest(
                new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, "bucket", "filings/bomb.gz", bomb.length, "e"));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(outcome.reason()).startsWith("DECOMPRESSION_LIMIT");
        verify(store).recordFailure(argThat((SourceObject s) -> s.key().equals("filings/bomb.gz")),
                eq(outcome.reason()), eq(NOW));
    }
}
