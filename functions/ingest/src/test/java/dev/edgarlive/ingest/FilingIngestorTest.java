package dev.edgarlive.ingest;

import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.store.EventStamp;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.FilingTooLargeException;
import dev.edgarlive.store.RemoveOutcome;
import dev.edgarlive.store.SaveOutcome;
import dev.edgarlive.store.SourceObject;
import dev.edgarlive.store.SourceState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The ingestor's decisions that need no emulator: what it refuses to read, what it leaves alone, what it records. */
class FilingIngestorTest {

    private static final Instant NOW = Instant.parse("2024-05-02T16:05:00Z");
    private static final SourceState NOTHING = new SourceState("filings/seed.txt", SourceState.Status.NONE, null,
            null, null, null, 0, 0, 1, null, null, null);

    private final S3Client s3 = mock(S3Client.class);
    private final FilingStore store = mock(FilingStore.class);
    private byte[] seed;

    @BeforeEach
    void read() throws Exception {
        seed = java.nio.file.Files.readAllBytes(
                dev.edgarlive.emulator.ProjectFiles.sample("8k_hecla-mining_2000-11-28_seed.txt"));
        when(store.begin(anyString(), any())).thenReturn(NOTHING);
        when(store.recordFailure(any(), anyString(), any(), anyInt(), any())).thenReturn(NOTHING);
    }

    private FilingIngestor ingestor(long maxBytes, Duration budget, int deliveries) {
        return ingestor(new FilingParser(), maxBytes, budget, deliveries);
    }

    private FilingIngestor ingestor(FilingParser parser, long maxBytes, Duration budget, int deliveries) {
        return new FilingIngestor(s3, parser, store, new TestConfig("table", "bucket", maxBytes, budget, deliveries),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private S3ObjectEvent created(String key, long size) {
        return new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, "bucket", key, size, "e", "00A1");
    }

    @SuppressWarnings("unchecked")
    private void objectIs(byte[] content) {
        when(s3.getObjectAsBytes(any(Consumer.class))).thenReturn(
                ResponseBytes.fromByteArray(GetObjectResponse.builder().eTag("\"e\"").build(), content));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anObjectOverTheLimitIsARecordedFailureAndIsNeverRead() {
        when(s3.headObject(any(Consumer.class))).thenReturn(HeadObjectResponse.builder().build());

        RecordOutcome outcome = ingestor(1_000, Duration.ofMinutes(1), 3).ingest(created("filings/huge.txt", 5_000));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(outcome.reason()).startsWith("TOO_LARGE").contains("5000");
        verify(store).recordFailure(argThat((SourceObject s) -> s.key().equals("filings/huge.txt")
                && s.size() == 5_000 && s.contentSha256() == null), eq(outcome.reason()), eq(NOW),
                eq(FilingParser.VERSION), eq(NOTHING));
        verify(s3, never()).getObjectAsBytes(any(Consumer.class));
    }

    @Test
    void keysOutsideTheFilingsPrefixAndTestEventsAreLeftAlone() {
        FilingIngestor ingestor = ingestor(1_000, Duration.ofMinutes(1), 3);
        RecordOutcome derived = ingestor.ingest(
                new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, "bucket", "derived/x.txt", 10, null));
        RecordOutcome testEvent = ingestor.ingest(new S3ObjectEvent(S3ObjectEvent.Kind.OTHER, null, null, 0, null));

        assertThat(derived.outcome()).isEqualTo(RecordOutcome.Outcome.SKIPPED);
        assertThat(testEvent.outcome()).isEqualTo(RecordOutcome.Outcome.SKIPPED);
        verifyNoInteractions(s3, store);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRemovalRemovesWhateverTheKeyProducedOnceTheBucketHoldsNoObject() {
        when(s3.headObject(any(Consumer.class))).thenThrow(NoSuchKeyException.builder().statusCode(404).build());
        when(store.removeSource(eq("filings/a.txt"), any(), any())).thenReturn(new RemoveOutcome("filings/a.txt",
                "id-1", RemoveOutcome.Result.FILING_REMOVED));

        RecordOutcome outcome = ingestor(1_000, Duration.ofMinutes(1), 3).ingest(
                new S3ObjectEvent(S3ObjectEvent.Kind.REMOVED, "bucket", "filings/a.txt", 0, null, "00B2"));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.REMOVED);
        assertThat(outcome.filingId()).isEqualTo("id-1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRemovalOfAKeyThatHoldsAnObjectAgainIsSupersededByItsCreate() {
        when(s3.headObject(any(Consumer.class))).thenReturn(HeadObjectResponse.builder().build());

        RecordOutcome outcome = ingestor(1_000, Duration.ofMinutes(1), 3).ingest(
                new S3ObjectEvent(S3ObjectEvent.Kind.REMOVED, "bucket", "filings/a.txt", 0, null, null));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.SUPERSEDED);
        verify(store, never()).removeSource(anyString(), any(), any());
    }

    @Test
    void anEventOlderThanTheKeysStateIsSupersededWithoutReadingTheBucket() {
        when(store.begin(anyString(), any())).thenReturn(new SourceState("filings/seed.txt",
                SourceState.Status.FILING, new EventStamp("00A2", null).sequencer(), "f", null, "id", 1, 3, 1, null,
                NOW, null));

        RecordOutcome outcome = ingestor(1_000_000, Duration.ofMinutes(1), 3).ingest(created("filings/seed.txt", 10));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.SUPERSEDED);
        verifyNoInteractions(s3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anObjectReplacedSinceItsEventIsLeftToTheNewerEvent() {
        when(s3.getObjectAsBytes(any(Consumer.class))).thenThrow(
                S3Exception.builder().statusCode(412).message("PreconditionFailed").build());

        RecordOutcome outcome = ingestor(1_000_000, Duration.ofMinutes(1), 3).ingest(created("filings/seed.txt", 10));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.SUPERSEDED);
        verify(store, never()).save(any(), any(), anyInt(), any());
        verify(store, never()).recordFailure(any(), anyString(), any(), anyInt(), any());
    }

    @Test
    void aFilingTheStoreCannotFitIsARecordedFailureNotARetry() {
        objectIs(seed);
        when(store.save(any(), any(), anyInt(), any())).thenThrow(
                new FilingTooLargeException("the title of item 5 is 500000 bytes"));

        RecordOutcome outcome = ingestor(1_000_000, Duration.ofMinutes(1), 3).ingest(
                created("filings/seed.txt", seed.length));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(outcome.reason()).startsWith("PART_TOO_LARGE").contains("500000 bytes");
        verify(store).recordFailure(argThat((SourceObject s) -> s.key().equals("filings/seed.txt")
                && s.contentSha256() != null), eq(outcome.reason()), eq(NOW), eq(FilingParser.VERSION), any());
    }

    @Test
    void aParsePastItsBudgetIsRecordedAsParseTimeout() {
        objectIs(seed);

        RecordOutcome outcome = ingestor(1_000_000, Duration.ZERO, 3).ingest(created("filings/seed.txt", seed.length));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(outcome.reason()).startsWith("PARSE_TIMEOUT: ");
        verify(store).recordFailure(any(), eq(outcome.reason()), eq(NOW), eq(FilingParser.VERSION), any());
    }

    @Test
    void aParseThatRunsOutOfMemoryIsRecordedAsOutOfMemory() {
        objectIs(seed);
        FilingParser exhausted = mock(FilingParser.class);
        when(exhausted.parse(any(), any())).thenThrow(new OutOfMemoryError("Java heap space"));

        RecordOutcome outcome = ingestor(exhausted, 1_000_000, Duration.ofMinutes(1), 3)
                .ingest(created("filings/seed.txt", seed.length));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(outcome.reason()).startsWith("OUT_OF_MEMORY: ").contains("Java heap space");
    }

    @Test
    void theLastAllowedDeliveryRecordsThatTheEarlierOnesEndedWithoutAResultBeforeItParses() {
        objectIs(seed);
        SourceState third = new SourceState("filings/seed.txt", SourceState.Status.NONE, null, null, null, null, 0,
                0, 3, null, null, null);
        when(store.begin(anyString(), any())).thenReturn(third);
        SourceState recorded = new SourceState("filings/seed.txt", SourceState.Status.FAILED, null, "e", "x", null,
                FilingParser.VERSION, 1, 3, "UNFINISHED", NOW, null);
        when(store.recordFailure(any(), argThat((String r) -> r.startsWith("UNFINISHED")), any(), anyInt(),
                eq(third))).thenReturn(recorded);
        when(store.save(any(), any(), anyInt(), eq(recorded))).thenReturn(new SaveOutcome("id",
                SaveOutcome.Change.CREATED));

        RecordOutcome outcome = ingestor(1_000_000, Duration.ofMinutes(1), 3).ingest(
                created("filings/seed.txt", seed.length));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.STORED);
        verify(store).recordFailure(any(), argThat((String r) -> r.startsWith("UNFINISHED: 2 earlier deliveries")),
                eq(NOW), eq(FilingParser.VERSION), eq(third));
    }

    @Test
    void aRequestAwsRefusesForGoodIsRecordedAsTheUploadsFailureNotRetried() {
        objectIs(seed);
        DynamoDbException invalid = (DynamoDbException) DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").serviceName("DynamoDb")
                        .errorMessage("Hash primary key values must be under 2048 bytes").build())
                .build();
        when(store.save(any(), any(), anyInt(), any())).thenThrow(invalid);

        RecordOutcome outcome = ingestor(1_000_000, Duration.ofMinutes(1), 3).ingest(
                created("filings/seed.txt", seed.length));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(outcome.reason()).startsWith("AWS_REJECTED: DynamoDb").contains("ValidationException")
                .contains("under 2048 bytes");
        verify(store).recordFailure(any(), eq(outcome.reason()), eq(NOW), eq(FilingParser.VERSION), any());
    }

    @Test
    void throttlingIsNotAnUploadsFailure() {
        objectIs(seed);
        DynamoDbException throttled = (DynamoDbException) DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).build();
        when(store.save(any(), any(), anyInt(), any())).thenThrow(throttled);

        assertThatThrownBy(() -> ingestor(1_000_000, Duration.ofMinutes(1), 3).ingest(
                created("filings/seed.txt", seed.length))).isSameAs(throttled);
        verify(store, never()).recordFailure(any(), anyString(), any(), anyInt(), any());
    }

    @Test
    void aGzipUploadIsIngestedAsTheFilingItHolds() throws Exception {
        objectIs(GzipFilingTest.gzipped(seed));
        when(store.save(any(), any(), anyInt(), any())).thenReturn(new SaveOutcome(
                "sha256-87eed33c2b6fca1e6e8943babf15648a", SaveOutcome.Change.CREATED));

        RecordOutcome outcome = ingestor(1_000_000, Duration.ofMinutes(1), 3)
                .ingest(created("filings/seed.txt.gz", 2_000));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.STORED);
        assertThat(outcome.formType()).isEqualTo("8-K");
        // Saved as the filing it holds: the same bytes (and so the same id) as the plain upload of the seed.
        String seedSha = SourceObject.ofContent("b", "k", seed, null, null).contentSha256();
        verify(store).save(argThat((SourceObject s) -> s.size() == seed.length && s.contentSha256().equals(seedSha)),
                any(), eq(FilingParser.VERSION), any());
    }

    @Test
    void aGzipBombIsARecordedFailureWithItsReason() throws Exception {
        byte[] bomb = GzipFilingTest.gzipped(new byte[50 << 20]);
        objectIs(bomb);

        RecordOutcome outcome = ingestor(64L << 20, Duration.ofMinutes(1), 3)
                .ingest(created("filings/bomb.gz", bomb.length));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(outcome.reason()).startsWith("DECOMPRESSION_LIMIT");
        verify(store).recordFailure(argThat((SourceObject s) -> s.key().equals("filings/bomb.gz")
                && s.size() == bomb.length), eq(outcome.reason()), eq(NOW), eq(FilingParser.VERSION), any());
        verify(store, never()).save(any(), any(), anyInt(), any());
    }
}
