package dev.edgarlive.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The Lambda entry point: one S3 event, possibly several records, each handed to the {@link FilingIngestor}.
 *
 * <p>Every record is processed even when an earlier one fails, so one bad record loses none of the others.
 * Bad input never throws: the ingestor records it as a failure. Only a failure of our own dependencies
 * (DynamoDB or S3 unavailable, throttled) is rethrown once all records were tried, so that Lambda retries the
 * event and, after its retries, hands it to the dead-letter queue; the records that did succeed are
 * idempotent and cost nothing the second time.
 */
public class IngestHandler implements RequestHandler<S3Event, IngestReport> {

    private final FilingIngestor ingestor;
    private final IngestTelemetry telemetry;

    @Inject
    public IngestHandler(FilingIngestor ingestor, IngestTelemetry telemetry) {
        this.ingestor = ingestor;
        this.telemetry = telemetry;
    }

    @Override
    public IngestReport handleRequest(S3Event event, Context context) {
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null
                ? List.of() : event.getRecords();
        List<RecordOutcome> outcomes = new ArrayList<>(records.size());
        RuntimeException firstTransient = null;
        for (S3EventNotificationRecord record : records) {
            S3ObjectEvent objectEvent = S3ObjectEvent.from(record);
            RecordOutcome outcome;
            try {
                outcome = ingestor.ingest(objectEvent);
            } catch (RuntimeException transientFailure) {
                outcome = RecordOutcome.retry(objectEvent, transientFailure);
                if (firstTransient == null) {
                    firstTransient = transientFailure;
                }
            }
            telemetry.report(outcome);
            outcomes.add(outcome);
        }
        if (firstTransient != null) {
            throw new IngestRetryException(outcomes, firstTransient);
        }
        return new IngestReport(outcomes);
    }
}
