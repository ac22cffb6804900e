package dev.edgarlive.ingest;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;
import dev.edgarlive.store.EventStamp;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.FilingTooLargeException;
import dev.edgarlive.store.RemoveOutcome;
import dev.edgarlive.store.SaveOutcome;
import dev.edgarlive.store.SourceChangedException;
import dev.edgarlive.store.SourceObject;
import dev.edgarlive.store.SourceState;
import dev.edgarlive.store.StoreUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Turns one S3 object event into stored data: read, parse, store; or a recorded failure; or a removal; or
 * nothing, when the event is older than what the key already holds.
 *
 * <p>Events of one key arrive in any order, more than once, and at the same time (DATA_MODEL.md, "Order per key").
 * Each is applied on the key's state as the store last committed it: an event whose sequencer is older than the
 * state's is SUPERSEDED; a create reads its object on the condition that it still has the event's ETag (else the
 * newer bytes are the newer event's) and a delete applies only if the key holds no object any more (else the
 * newer create applies). The change then commits only if the key is still in that state; when another change got
 * there first, this one reads the state again and decides again.
 *
 * <p>Bad input (unreadable, empty, binary, not a filing, too large, too slow to parse, out of memory) is recorded
 * as a failure with its reason and never thrown, so that it is not retried forever; so is a request an AWS
 * service refuses for good. Passing failures of S3 or DynamoDB propagate: the handler has the event retried.
 */
@ApplicationScoped
public class FilingIngestor {

    /** Decisions about one record before giving up for now (the event is then retried). */
    private static final int DECISIONS = 4;

    private final BucketObjects bucket;
    private final FilingParser parser;
    private final FilingStore store;
    private final IngestConfig config;
    private final Clock clock;

    public FilingIngestor(S3Client s3, FilingParser parser, FilingStore store, IngestConfig config, Clock clock) {
        this.bucket = new BucketObjects(s3);
        this.parser = parser;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Applies one event.
     *
     * @throws RuntimeException when a dependency failed in passing: the event must be retried
     */
    public RecordOutcome ingest(S3ObjectEvent event) {
        if (event.key() == null || event.bucket() == null) {
            return RecordOutcome.skipped(event, "record names no bucket or key (an s3:TestEvent?)");
        }
        if (!event.key().startsWith(config.filingsPrefix())) {
            return RecordOutcome.skipped(event, "key is outside the filings prefix " + config.filingsPrefix());
        }
        long started = System.nanoTime();
        return switch (event.kind()) {
            case CREATED -> refusalsRecorded(event, started, () -> deciding(() -> created(event, started)));
            case REMOVED -> deciding(() -> removed(event, started));
            case OTHER -> RecordOutcome.skipped(event, "not an ObjectCreated or ObjectRemoved event");
        };
    }

    /**
     * Parses the key's current object again if what the store holds for it was made by an older parser (or is
     * not that object): for bringing stored data up to this parser. Never ordered against events: it changes the
     * key only if no event changed it meanwhile, and leaves a deleted key alone.
     */
    public RecordOutcome reprocess(String bucketName, String key) {
        S3ObjectEvent asEvent = new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, bucketName, key, 0, null, null);
        long started = System.nanoTime();
        return refusalsRecorded(asEvent, started, () -> deciding(() -> reprocessed(asEvent, started)));
    }

    // --- creates ---------------------------------------------------------------------------------------------

    private RecordOutcome created(S3ObjectEvent event, long started) {
        EventStamp stamp = new EventStamp(event.sequencer(), event.eTag());
        SourceState state = store.begin(event.key(), stamp);
        if (state.isAfter(stamp) || state.isFrom(stamp) && state.status() == SourceState.Status.DELETED) {
            return laterEventApplied(event, state);
        }
        if (isRedelivery(state, stamp)) {
            return redelivered(event, stamp, state, started);
        }
        if (event.size() > config.maxObjectBytes()) {
            if (!bucket.holds(event.bucket(), event.key(), event.eTag())) {
                return supersededByBucket(event);
            }
            // Too large to read: recorded with the event's facts (no content hash: the bytes were never read).
            SourceObject unread = new SourceObject(event.bucket(), event.key(), event.size(), null, event.eTag(),
                    null, event.sequencer());
            return failed(event, unread, state, "TOO_LARGE: the object has " + event.size() + " bytes, more than the "
                    + config.maxObjectBytes() + " this function reads", started);
        }
        Optional<ResponseBytes<GetObjectResponse>> read = bucket.read(event.bucket(), event.key(), event.eTag());
        if (read.isEmpty()) {
            return supersededByBucket(event);
        }
        return parsedAndStored(event, stamp, read.get(), state, started);
    }

    private RecordOutcome reprocessed(S3ObjectEvent asEvent, long started) {
        SourceState state = store.begin(asEvent.key(), EventStamp.unordered());
        if (state.status() == SourceState.Status.DELETED) {
            return RecordOutcome.skipped(asEvent, "the key was deleted");
        }
        Optional<ResponseBytes<GetObjectResponse>> read = bucket.read(asEvent.bucket(), asEvent.key(), null);
        if (read.isEmpty()) {
            return RecordOutcome.skipped(asEvent, "the key holds no object (its delete event removes the rest)");
        }
        boolean sameObject = read.get().response().eTag() != null && state.eTag() != null
                && unquoted(read.get().response().eTag()).equals(unquoted(state.eTag()));
        if (sameObject && state.parserVersion() >= FilingParser.VERSION
                && state.status() != SourceState.Status.NONE) {
            return outcome(asEvent, read.get().asByteArrayUnsafe().length,
                    state.status() == SourceState.Status.FAILED ? RecordOutcome.Outcome.FAILED
                            : RecordOutcome.Outcome.UNCHANGED,
                    state.filingId(), null, state.reason(), started);
        }
        return parsedAndStored(asEvent, EventStamp.unordered(), read.get(), state, started);
    }

    /**
     * True when the key already holds what the event announced. With a sequencer, the state is the event's own;
     * without one, the key holds the event's object (same ETag), which is all a repeated delivery can tell.
     * Content stored by an older parser is not held: it is parsed again.
     */
    private static boolean isRedelivery(SourceState state, EventStamp stamp) {
        boolean same = stamp.hasSequencer() ? state.isFrom(stamp)
                : stamp.eTag() != null && unquoted(stamp.eTag()).equals(unquoted(state.eTag()));
        return same && (state.status() == SourceState.Status.FAILED
                || state.status() == SourceState.Status.FILING && state.parserVersion() >= FilingParser.VERSION);
    }

    /**
     * A delivery of an event already applied: finishes whatever its first delivery may have left undone.
     * Without a sequencer it also confirms the state, so that an older event processed at the same time cannot
     * commit over it (the sequencer does that when there is one).
     */
    private RecordOutcome redelivered(S3ObjectEvent event, EventStamp stamp, SourceState state, long started) {
        store.finish(stamp.hasSequencer() ? state : store.confirm(state));
        if (state.status() == SourceState.Status.FAILED) {
            return outcome(event, event.size(), RecordOutcome.Outcome.FAILED, null, null, state.reason(), started);
        }
        return outcome(event, event.size(), RecordOutcome.Outcome.UNCHANGED, state.filingId(), null, null, started);
    }

    private RecordOutcome parsedAndStored(S3ObjectEvent event, EventStamp stamp,
                                          ResponseBytes<GetObjectResponse> object, SourceState state, long started) {
        byte[] uploaded = object.asByteArrayUnsafe();
        GzipFiling.Opened opened = new GzipFiling(config.maxObjectBytes(), config.maxDecompressionRatio())
                .open(event.key(), uploaded);
        if (opened.refused()) {
            SourceObject compressed = SourceObject.ofContent(event.bucket(), event.key(), uploaded,
                    object.response().eTag(), object.response().versionId()).announcedBy(stamp);
            return failed(event, compressed, state, opened.reason(), started);
        }
        // A gzip-compressed upload is the filing it holds: its content hash and size are the filing's.
        byte[] content = opened.content();
        SourceObject source = SourceObject.ofContent(event.bucket(), event.key(), content,
                object.response().eTag(), object.response().versionId()).announcedBy(stamp);
        SourceState basis = state;
        if (state.attempts() >= config.maxDeliveries()) {
            // The last delivery: earlier ones ended without a result (timed out, ran out of memory). Record that
            // first; a result from this delivery replaces it, and if this one dies too, the reason stays.
            basis = store.recordFailure(source, "UNFINISHED: " + (state.attempts() - 1) + " earlier deliveries of "
                    + "this upload ended without a result (the function timed out or ran out of memory)",
                    clock.instant(), FilingParser.VERSION, state);
        }
        ParseResult result = parse(content);
        // An ERROR means provably broken input (empty, binary, truncated): even where the parser could salvage
        // part of a filing, storing it would pass a broken filing off as whole. It is recorded as a failure.
        if (!result.succeeded() || !result.errors().isEmpty()) {
            return failed(event, source, basis, result.failureReason(), started);
        }
        Filing filing = result.filing().orElseThrow();
        SaveOutcome saved;
        try {
            saved = store.save(source, filing, FilingParser.VERSION, basis);
        } catch (FilingTooLargeException tooLarge) {
            // A part that is not a text (a title, a company name) too big for any row: broken input, not a
            // passing fault, so it is recorded rather than retried. Nothing of the filing was written.
            return failed(event, source, basis, "PART_TOO_LARGE: " + tooLarge.getMessage(), started);
        }
        RecordOutcome.Outcome outcome = switch (saved.change()) {
            case CREATED -> RecordOutcome.Outcome.STORED;
            case UNCHANGED -> RecordOutcome.Outcome.UNCHANGED;
            case REPLACED -> RecordOutcome.Outcome.REPLACED;
            case REPARSED -> RecordOutcome.Outcome.REPARSED;
        };
        return outcome(event, content.length, outcome, saved.filingId(), filing, null, started);
    }

    /**
     * Parses within the configured budget. Running out of memory on one input is that input's failure: the
     * parse's garbage is unreachable once this returns, so there is room to record it.
     */
    private ParseResult parse(byte[] content) {
        try {
            return parser.parse(content, config.parseBudget());
        } catch (OutOfMemoryError oom) {
            return ParseResult.failed(ParseIssue.error("OUT_OF_MEMORY", -1, "parsing " + content.length
                    + " bytes ran out of memory (" + oom.getMessage() + ")"));
        }
    }

    private RecordOutcome failed(S3ObjectEvent event, SourceObject source, SourceState basis, String reason,
                                 long started) {
        store.recordFailure(source, reason, clock.instant(), FilingParser.VERSION, basis);
        return outcome(event, source.size(), RecordOutcome.Outcome.FAILED, null, null, reason, started);
    }

    private static RecordOutcome laterEventApplied(S3ObjectEvent event, SourceState state) {
        return RecordOutcome.superseded(event, "another event of this key, with sequencer " + state.sequencer()
                + ", was applied after this one (" + event.sequencer() + ")");
    }

    private static RecordOutcome supersededByBucket(S3ObjectEvent event) {
        return RecordOutcome.superseded(event, "the object was replaced or deleted since this event: the newer "
                + "event applies what the key holds now");
    }

    // --- deletes ---------------------------------------------------------------------------------------------

    private RecordOutcome removed(S3ObjectEvent event, long started) {
        EventStamp stamp = new EventStamp(event.sequencer(), null);
        SourceState state = store.begin(event.key(), stamp);
        if (state.isAfter(stamp)) {
            return laterEventApplied(event, state);
        }
        if (state.isFrom(stamp)) {
            if (state.status() != SourceState.Status.DELETED) {
                return laterEventApplied(event, state);     // S3 gives no two events of a key one sequencer
            }
            store.finish(state);
            return new RecordOutcome(event.key(), RecordOutcome.Outcome.REMOVED, state.leftFilingId(), null, null,
                    List.of(), null, 0, elapsedMillis(started));
        }
        if (bucket.holds(event.bucket(), event.key(), null)) {
            return RecordOutcome.superseded(event, "the key holds an object again: its create event applies it");
        }
        RemoveOutcome removed = store.removeSource(event.key(), stamp, state);
        return new RecordOutcome(event.key(), RecordOutcome.Outcome.REMOVED, removed.filingId(), null, null,
                List.of(), null, 0, elapsedMillis(started));
    }

    // --- deciding again, and what AWS refuses -----------------------------------------------------------------

    /**
     * Runs a decision again, after a short random pause, when the key changed under it (another event of the
     * key was applied meanwhile); the new state may make this event superseded or a redelivery.
     */
    private static RecordOutcome deciding(Supplier<RecordOutcome> decision) {
        for (int attempt = 1; ; attempt++) {
            try {
                return decision.get();
            } catch (SourceChangedException changed) {
                if (attempt == DECISIONS) {
                    throw new StoreUnavailableException("the key kept changing while its event was applied", changed);
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        long bound = Math.min(1_000, 20L << attempt);
        try {
            Thread.sleep(new Random(System.nanoTime() ^ Thread.currentThread().getId()).nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting to decide again");
        }
    }

    /**
     * A create that AWS refuses for good (a 4xx that is no throttling: a request too large, a key it finds
     * invalid, access denied) is recorded as the upload's failure with the refusal as reason, not retried. When
     * even that cannot be recorded, the refusal propagates and the event goes to the dead-letter queue.
     */
    private RecordOutcome refusalsRecorded(S3ObjectEvent event, long started, Supplier<RecordOutcome> work) {
        try {
            return work.get();
        } catch (AwsServiceException refused) {
            if (!AwsFailures.isPermanent(refused)) {
                throw refused;
            }
            String reason = AwsFailures.reason(refused);
            SourceObject source = new SourceObject(event.bucket(), event.key(), event.size(), null, event.eTag(),
                    null, event.sequencer());
            try {
                return deciding(() -> {
                    SourceState state = store.begin(event.key(), new EventStamp(event.sequencer(), event.eTag()));
                    return state.isAfter(new EventStamp(event.sequencer(), null)) ? laterEventApplied(event, state)
                            : failed(event, source, state, reason, started);
                });
            } catch (RuntimeException notRecorded) {
                refused.addSuppressed(notRecorded);
                throw refused;
            }
        }
    }

    // --- outcomes ------------------------------------------------------------------------------------------

    private static RecordOutcome outcome(S3ObjectEvent event, long bytes, RecordOutcome.Outcome outcome,
                                         String filingId, Filing filing, String reason, long started) {
        return new RecordOutcome(event.key(), outcome, filingId,
                filing == null ? null : filing.formType(),
                filing == null || filing.company() == null ? null : filing.company().name(),
                filing == null ? List.of() : filing.items().stream().map(Item::code).toList(),
                reason, bytes, elapsedMillis(started));
    }

    private static String unquoted(String eTag) {
        return eTag == null ? "" : eTag.replace("\"", "");
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
