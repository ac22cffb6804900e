package dev.edgarlive.store;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.parser.FilingParser;

import java.time.Instant;

/**
 * Applies S3 events of a key to the store the way ingest does, minus the bucket: read the key's state, skip an
 * event older than it, finish the work of a redelivered one, else make the change on that state and decide again
 * when the key changed meanwhile.
 */
final class KeyEvents {

    /** One S3 event: a put of bytes parsed into {@code filing} (or, with a reason, failing to parse), or a delete. */
    record Event(Kind kind, String key, String sequencer, String bytes, Filing filing, int parserVersion,
                 String reason) {

        enum Kind { PUT, DELETE, FAIL }

        static Event put(String key, String sequencer, String bytes, Filing filing) {
            return new Event(Kind.PUT, key, sequencer, bytes, filing, FilingParser.VERSION, null);
        }

        static Event put(String key, String sequencer, String bytes, Filing filing, int parserVersion) {
            return new Event(Kind.PUT, key, sequencer, bytes, filing, parserVersion, null);
        }

        static Event delete(String key, String sequencer) {
            return new Event(Kind.DELETE, key, sequencer, null, null, FilingParser.VERSION, null);
        }

        static Event fail(String key, String sequencer, String bytes, String reason) {
            return new Event(Kind.FAIL, key, sequencer, bytes, null, 1, reason);
        }

        EventStamp stamp() {
            return new EventStamp(sequencer, bytes == null ? null : "etag-" + Filings.sha256(bytes).substring(0, 8));
        }

        SourceObject source() {
            return new SourceObject("bucket", key, bytes.length(), Filings.sha256(bytes), stamp().eTag(), null)
                    .announcedBy(stamp());
        }
    }

    private KeyEvents() {
    }

    /** Applies one event; returns what became of it. */
    static String apply(FilingStore store, Event event) {
        EventStamp stamp = event.stamp();
        for (int attempt = 1; attempt <= 5; attempt++) {
            SourceState state = store.begin(event.key(), stamp);
            if (state.isAfter(stamp)) {
                return "SUPERSEDED";
            }
            if (state.isFrom(stamp)
                    && (event.kind() != Event.Kind.PUT || state.parserVersion() >= event.parserVersion())) {
                store.finish(state);
                return "DUPLICATE";
            }
            try {
                return switch (event.kind()) {
                    case PUT -> store.save(event.source(), event.filing(), event.parserVersion(), state).change()
                            .name();
                    case DELETE -> store.removeSource(event.key(), stamp, state).result().name();
                    case FAIL -> {
                        store.recordFailure(event.source(), event.reason(), Instant.parse("2026-01-01T00:00:00Z"),
                                event.parserVersion(), state);
                        yield "FAILED";
                    }
                };
            } catch (SourceChangedException changed) {
                // another change of the key slipped in: read its state again
            }
        }
        throw new AssertionError("the key kept changing: " + event);
    }
}
