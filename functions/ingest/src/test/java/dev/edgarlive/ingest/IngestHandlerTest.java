package dev.edgarlive.ingest;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class IngestHandlerTest {

    private final FilingIngestor ingestor = mock(FilingIngestor.class);
    private final IngestTelemetry telemetry = mock(IngestTelemetry.class);
    private final IngestHandler handler = new IngestHandler(ingestor, telemetry);

    @Test
    void everyRecordIsHandedOnInOrder() {
        when(ingestor.ingest(argThat(e -> e != null))).thenAnswer(call -> stored(call.getArgument(0)));

        IngestReport report = handler.handleRequest(event("filings/a.txt", "filings/b.txt"), null);

        assertThat(report.records()).extracting(RecordOutcome::key).containsExactly("filings/a.txt", "filings/b.txt");
        verify(ingestor, times(2)).ingest(argThat(e -> e != null));
    }

    @Test
    void aFailingDependencyLosesNoneOfTheOtherRecordsAndHasTheEventRetried() {
        when(ingestor.ingest(argThat(e -> e != null))).thenAnswer(call -> {
            S3ObjectEvent event = call.getArgument(0);
            if (event.key().equals("filings/b.txt")) {
                throw new IllegalStateException("DynamoDB throttled");
            }
            return stored(event);
        });

        IngestRetryException retry = catchThrowableOfType(IngestRetryException.class,
                () -> handler.handleRequest(event("filings/a.txt", "filings/b.txt", "filings/c.txt"), null));

        assertThat(retry.outcomes()).extracting(RecordOutcome::outcome).containsExactly(
                RecordOutcome.Outcome.STORED, RecordOutcome.Outcome.RETRY, RecordOutcome.Outcome.STORED);
        assertThat(retry).hasMessageContaining("DynamoDB throttled");
        verify(telemetry, times(3)).report(argThat(o -> o != null));
    }

    @Test
    void anEventWithoutRecordsIsAnEmptyReport() {
        assertThat(handler.handleRequest(new S3Event(List.of()), null).records()).isEmpty();
        assertThat(handler.handleRequest(null, null).records()).isEmpty();
    }

    private static RecordOutcome stored(S3ObjectEvent event) {
        return new RecordOutcome(event.key(), RecordOutcome.Outcome.STORED, "id", "8-K", "Co", List.of("5"), null, 10, 1);
    }

    private static S3Event event(String... keys) {
        return new S3Event(java.util.Arrays.stream(keys)
                .map(key -> S3ObjectEventTest.record("ObjectCreated:Put", key)).toList());
    }
}
