package dev.edgarlive.ingest.archive;

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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The unpack function's entry point: messages from the archive queue (S3's events for uploads under
 * {@code archives/}, and requests to resume an archive from its checkpoint), each archive handed to the
 * {@link ArchiveUnpacker}. An archive that needs more than one invocation leaves a checkpoint and a message that
 * resumes it; an archive that is broken is a failure record, not a retry. Only a failing dependency (S3, DynamoDB,
 * SQS) has a message delivered again.
 */
@Named("unpack")
public class UnpackHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.archive");
    /** Time kept back from the invocation's deadline to finish the member at hand and write the checkpoint. */
    static final Duration SAFETY_MARGIN = Duration.ofSeconds(90);
    /** The budget when the context gives none (a test). */
    static final Duration DEFAULT_BUDGET = Duration.ofMinutes(13);

    private final ArchiveUnpacker unpacker;
    private final Consumer<String> continuations;
    private final ObjectMapper json;
    private final Clock clock;

    /** @param continuations sends a message body to the archive queue */
    @Inject
    public UnpackHandler(ArchiveUnpacker unpacker, @Named("archive-queue") Consumer<String> continuations,
                         ObjectMapper json, Clock clock) {
        this.unpacker = unpacker;
        this.continuations = continuations;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSMessage> messages = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        List<BatchItemFailure> failures = new ArrayList<>();
        for (SQSMessage message : messages) {
            if (!delivered(message, deadline(context))) {
                failures.add(new BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private boolean delivered(SQSMessage message, Instant deadline) {
        ArchiveMessage request = ArchiveMessage.read(message.getBody(), json);
        if (request.unreadable() != null) {
            LOG.warnf("UNREADABLE message %s: %s; it goes to the dead-letter queue after its last delivery",
                    message.getMessageId(), request.unreadable());
            return false;
        }
        try {
            for (ArchiveRequest archive : request.archives()) {
                long started = System.nanoTime();
                UnpackReport report = unpacker.unpack(archive, deadline);
                if (!report.complete()) {
                    continuations.accept(archive.continuation(json));
                }
                ArchiveTelemetry.archive(report, (System.nanoTime() - started) / 1_000_000);
            }
            return true;
        } catch (RuntimeException dependencyFailed) {
            LOG.warnf("RETRY message %s: %s: %s", message.getMessageId(), dependencyFailed.getClass().getSimpleName(),
                    dependencyFailed.getMessage());
            return false;
        }
    }

    private Instant deadline(Context context) {
        Duration budget = context == null || context.getRemainingTimeInMillis() <= 0 ? DEFAULT_BUDGET
                : Duration.ofMillis(context.getRemainingTimeInMillis()).minus(SAFETY_MARGIN);
        return clock.instant().plus(budget.isNegative() ? Duration.ZERO : budget);
    }
}
