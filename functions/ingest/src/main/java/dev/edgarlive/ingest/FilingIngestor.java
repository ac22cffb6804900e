package dev.edgarlive.ingest;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.FilingTooLargeException;
import dev.edgarlive.store.RemoveOutcome;
import dev.edgarlive.store.SaveOutcome;
import dev.edgarlive.store.SourceObject;
import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.time.Clock;
import java.util.List;

/**
 * Turns one S3 object event into stored data: read, parse, store; or a recorded failure; or a removal.
 *
 * <p>Bad input (unreadable, empty, binary, not a filing, too large) is recorded as a failure and never thrown,
 * so that Lambda does not retry it forever. Exceptions from S3 or DynamoDB themselves do propagate: they are
 * transient, and the handler has the event retried.
 */
@ApplicationScoped
public class FilingIngestor {

    private final S3Client s3;
    private final FilingParser parser;
    private final FilingStore store;
    private final IngestConfig config;
    private final Clock clock;

    public FilingIngestor(S3Client s3, FilingParser parser, FilingStore store, IngestConfig config, Clock clock) {
        this.s3 = s3;
        this.parser = parser;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    public RecordOutcome ingest(S3ObjectEvent event) {
        if (event.key() == null || event.bucket() == null) {
            return RecordOutcome.skipped(event, "record names no bucket or key (an s3:TestEvent?)");
        }
        if (!event.key().startsWith(config.filingsPrefix())) {
            return RecordOutcome.skipped(event, "key is outside the filings prefix " + config.filingsPrefix());
        }
        return switch (event.kind()) {
            case CREATED -> ingestCreated(event);
            case REMOVED -> remove(event);
            case OTHER -> RecordOutcome.skipped(event, "not an ObjectCreated or ObjectRemoved event");
        };
    }

    private RecordOutcome ingestCreated(S3ObjectEvent event) {
        long started = System.nanoTime();
        if (event.size() > config.maxObjectBytes()) {
            return fail(event, event.size(), "TOO_LARGE: the object has " + event.size()
                    + " bytes, more than the " + config.maxObjectBytes() + " this function reads", started);
        }
        ResponseBytes<GetObjectResponse> object;
        try {
            object = s3.getObjectAsBytes(request -> request.bucket(event.bucket()).key(event.key()));
        } catch (NoSuchKeyException deletedMeanwhile) {
            // The object was deleted (or overwritten and deleted) before we got to it. Its removal event will
            // clear this record; until then the reason says exactly what happened.
            return fail(event, event.size(), "OBJECT_GONE: the object no longer exists; it was deleted before "
                    + "it could be read", started);
        }
        GzipFiling.Opened opened = new GzipFiling(config.maxObjectBytes(), config.maxDecompressionRatio())
                .open(event.key(), object.asByteArrayUnsafe());
        if (opened.refused()) {
            return fail(event, object.asByteArrayUnsafe().length, opened.reason(), started);
        }
        byte[] content = opened.content();
        SourceObject source = SourceObject.ofContent(event.bucket(), event.key(), content,
                object.response().eTag(), object.response().versionId());
        ParseResult result = parser.parse(content);
        // An ERROR means provably broken input (empty, binary, truncated): even where the parser could salvage
        // part of a filing, storing it would pass a broken filing off as whole. It is recorded as a failure.
        if (!result.succeeded() || !result.errors().isEmpty()) {
            store.recordFailure(source, result.failureReason(), clock.instant());
            return outcome(event, content.length, RecordOutcome.Outcome.FAILED, null, null,
                    result.failureReason(), started);
        }
        Filing filing = result.filing().orElseThrow();
        SaveOutcome saved;
        try {
            saved = store.save(source, filing);
        } catch (FilingTooLargeException tooLarge) {
            // A part that is not a text (a title, a company name) too big for any row: broken input, not a
            // passing fault, so it is recorded rather than retried. Nothing of the filing was written.
            String reason = "PART_TOO_LARGE: " + tooLarge.getMessage();
            store.recordFailure(source, reason, clock.instant());
            return outcome(event, content.length, RecordOutcome.Outcome.FAILED, null, null, reason, started);
        }
        RecordOutcome.Outcome outcome = switch (saved.change()) {
            case CREATED -> RecordOutcome.Outcome.STORED;
            case UNCHANGED -> RecordOutcome.Outcome.UNCHANGED;
            case REPLACED -> RecordOutcome.Outcome.REPLACED;
        };
        return outcome(event, content.length, outcome, saved.filingId(), filing, null, started);
    }

    private RecordOutcome remove(S3ObjectEvent event) {
        long started = System.nanoTime();
        RemoveOutcome removed = store.removeSource(event.key());
        return new RecordOutcome(event.key(), RecordOutcome.Outcome.REMOVED, removed.filingId(), null, null,
                List.of(), null, 0, elapsedMillis(started));
    }

    private RecordOutcome fail(S3ObjectEvent event, long size, String reason, long started) {
        // The bytes were never read, so there is no content hash to record.
        SourceObject source = new SourceObject(event.bucket(), event.key(), size, null, event.eTag(), null);
        store.recordFailure(source, reason, clock.instant());
        return outcome(event, size, RecordOutcome.Outcome.FAILED, null, null, reason, started);
    }

    private static RecordOutcome outcome(S3ObjectEvent event, long bytes, RecordOutcome.Outcome outcome,
                                         String filingId, Filing filing, String reason, long started) {
        return new RecordOutcome(event.key(), outcome, filingId,
                filing == null ? null : filing.formType(),
                filing == null || filing.company() == null ? null : filing.company().name(),
                filing == null ? List.of() : filing.items().stream().map(Item::code).toList(),
                reason, bytes, elapsedMillis(started));
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
