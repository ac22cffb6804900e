package dev.edgarlive.ingest;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A batch from the queue: which messages come back for another try, and which are done with. */
class IngestHandlerTest {

    private final FilingIngestor ingestor = mock(FilingIngestor.class);
    private final IngestTelemetry telemetry = mock(IngestTelemetry.class);
    private final IngestHandler handler = new IngestHandler(ingestor, telemetry, new ObjectMapper());

    @Test
    void everyRecordOfEveryMessageIsHandedOnInOrderAndNoneComesBack() {
        List<String> seen = new ArrayList<>();
        when(ingestor.ingest(any())).thenAnswer(call -> {
            S3ObjectEvent event = call.getArgument(0);
            seen.add(event.key());
            return stored(event);
        });

        SQSBatchResponse response = handler.handleRequest(batch(
                message("m1", s3Event("filings/a.txt")), message("m2", s3Event("filings/b.txt", "filings/c.txt"))),
                null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(seen).containsExactly("filings/a.txt", "filings/b.txt", "filings/c.txt");
        verify(telemetry, times(3)).report(any());
    }

    @Test
    void onlyTheMessageWhoseDependencyFailedComesBackAndTheOthersAreNotRetried() {
        when(ingestor.ingest(any())).thenAnswer(call -> {
            S3ObjectEvent event = call.getArgument(0);
            if (event.key().equals("filings/b.txt")) {
                throw new IllegalStateException("DynamoDB throttled");
            }
            return stored(event);
        });

        SQSBatchResponse response = handler.handleRequest(batch(message("m1", s3Event("filings/a.txt")),
                message("m2", s3Event("filings/b.txt")), message("m3", s3Event("filings/c.txt"))), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m2");
        verify(telemetry).report(argThat(o -> o.outcome() == RecordOutcome.Outcome.RETRY
                && o.reason().contains("DynamoDB throttled")));
        verify(telemetry, times(3)).report(any());
    }

    @Test
    void aRecordedFailureIsDoneWithNotRetried() {
        when(ingestor.ingest(any())).thenAnswer(call -> new RecordOutcome(((S3ObjectEvent) call.getArgument(0)).key(),
                RecordOutcome.Outcome.FAILED, null, null, null, List.of(), "EMPTY", 0, 1));

        SQSBatchResponse response = handler.handleRequest(batch(message("m1", s3Event("filings/empty.txt"))), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
    }

    @Test
    void theTestEventS3SendsFirstIsDoneWithAndIngestsNothing() {
        SQSBatchResponse response = handler.handleRequest(batch(message("t",
                "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2024-01-01T00:00:00Z\","
                        + "\"Bucket\":\"edgar-live-local\",\"RequestId\":\"x\",\"HostId\":\"y\"}")), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        verify(ingestor, never()).ingest(any());
    }

    @Test
    void anUnreadableMessageComesBackSoThatItEndsInTheDeadLetterQueueWhereItCanBeSeen() {
        when(ingestor.ingest(any())).thenAnswer(call -> stored(call.getArgument(0)));

        SQSBatchResponse response = handler.handleRequest(batch(message("bad", "not json"),
                message("ok", s3Event("filings/a.txt"))), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("bad");
    }

    @Test
    void aReprocessRequestReparsesTheKeyItNames() {
        when(ingestor.reprocess("edgar-live-local", "filings/a.txt")).thenAnswer(call -> stored(
                new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, "edgar-live-local", "filings/a.txt", 0, null)));

        SQSBatchResponse response = handler.handleRequest(batch(message("r",
                "{\"reprocess\":{\"bucket\":\"edgar-live-local\",\"key\":\"filings/a.txt\"}}")), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        // Not as an event: a re-parse request is never ordered against the key's events (FilingIngestor#reprocess).
        verify(ingestor).reprocess("edgar-live-local", "filings/a.txt");
        verify(ingestor, never()).ingest(any());
    }

    @Test
    void aReprocessRequestThatMeetsAFailingDependencyIsRetried() {
        when(ingestor.reprocess(anyString(), anyString())).thenThrow(new IllegalStateException("table unavailable"));

        SQSBatchResponse response = handler.handleRequest(batch(message("r",
                "{\"reprocess\":{\"bucket\":\"edgar-live-local\",\"key\":\"filings/a.txt\"}}")), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("r");
    }

    @Test
    void anEmptyBatchIsAnEmptyAnswer() {
        assertThat(handler.handleRequest(new SQSEvent(), null).getBatchItemFailures()).isEmpty();
        assertThat(handler.handleRequest(null, null).getBatchItemFailures()).isEmpty();
    }

    private static RecordOutcome stored(S3ObjectEvent event) {
        return new RecordOutcome(event.key(), RecordOutcome.Outcome.STORED, "id", "8-K", "Co", List.of("5"), null, 10, 1);
    }

    static SQSEvent batch(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }

    static SQSEvent.SQSMessage message(String id, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        return message;
    }

    /** The body S3 writes to the queue: one record per key (S3 sends one; the format allows several). */
    static String s3Event(String... keys) {
        StringBuilder records = new StringBuilder();
        for (String key : keys) {
            if (!records.isEmpty()) {
                records.append(',');
            }
            records.append("{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\","
                    + "\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"s3SchemaVersion\":\"1.0\",\"bucket\":{\"name\":"
                    + "\"edgar-live-local\"},\"object\":{\"key\":\"" + key + "\",\"size\":10,\"eTag\":\"e\","
                    + "\"sequencer\":\"0065\"}}}");
        }
        return "{\"Records\":[" + records + "]}";
    }
}
