package dev.edgarlive.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The ingest function's entry point: a batch of messages from its queues (the bucket's S3 events under filings/,
 * and re-parse requests), each handed to the {@link FilingIngestor}.
 *
 * <p>Every message is processed even when another fails. Bad input never fails a message: the ingestor records it
 * as a failure. A message fails only when a dependency (DynamoDB, S3) failed while one of its records was being
 * ingested, or when it is unreadable; the answer names exactly those messages ({@code ReportBatchItemFailures}),
 * so Lambda deletes the others and only the failed ones come back after the queue's visibility timeout, until
 * the redrive policy moves them to the dead-letter queue.
 */
@Named("ingest")
public class IngestHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.ingest");

    private final FilingIngestor ingestor;
    private final IngestTelemetry telemetry;
    private final ObjectMapper json;

    @Inject
    public IngestHandler(FilingIngestor ingestor, IngestTelemetry telemetry, ObjectMapper json) {
        this.ingestor = ingestor;
        this.telemetry = telemetry;
        this.json = json;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSMessage> messages = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        List<BatchItemFailure> failures = new ArrayList<>();
        for (SQSMessage message : messages) {
            if (!delivered(message)) {
                failures.add(new BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** True when the message is done with (ingested, recorded as a failure, or nothing to do). */
    private boolean delivered(SQSMessage message) {
        IngestMessage request = IngestMessage.read(message.getBody(), json);
        if (request instanceof IngestMessage.S3Events s3) {
            return ingestAll(s3.events());
        }
        if (request instanceof IngestMessage.ReprocessRequest reprocess) {
            return done(new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, reprocess.bucket(), reprocess.key(), 0, null,
                    null), () -> ingestor.reprocess(reprocess.bucket(), reprocess.key()));
        }
        if (request instanceof IngestMessage.Unreadable unreadable) {
            LOG.warnf("UNREADABLE message %s: %s; it goes to the dead-letter queue after its last delivery",
                    message.getMessageId(), unreadable.reason());
            return false;
        }
        return true; // s3:TestEvent
    }

    /** Ingests every record, even after one failed; false when any must be tried again. */
    private boolean ingestAll(List<S3ObjectEvent> events) {
        boolean allDone = true;
        for (S3ObjectEvent event : events) {
            allDone &= done(event, () -> ingestor.ingest(event));
        }
        return allDone;
    }

    /** Runs one record's work and reports its outcome; false when it must be tried again. */
    private boolean done(S3ObjectEvent event, Supplier<RecordOutcome> work) {
        RecordOutcome outcome;
        try {
            outcome = work.get();
        } catch (RuntimeException transientFailure) {
            telemetry.report(RecordOutcome.retry(event, transientFailure));
            return false;
        }
        telemetry.report(outcome);
        return true;
    }
}
