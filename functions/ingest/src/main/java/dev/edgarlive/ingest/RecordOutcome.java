package dev.edgarlive.ingest;

import java.util.List;

/**
 * What became of one S3 record.
 *
 * @param filingId the stored filing's id; null unless it was parsed, or removed
 * @param reason   why a record failed or was skipped; null otherwise
 * @param bytes    the object's size as read (or as the event reported it when it could not be read)
 */
public record RecordOutcome(
        String key,
        Outcome outcome,
        String filingId,
        String formType,
        String company,
        List<String> items,
        String reason,
        long bytes,
        long millis) {

    public RecordOutcome {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public enum Outcome {
        /** Parsed and stored for the first time. */
        STORED,
        /** Parsed, and the store already held exactly this filing from this key: nothing changed. */
        UNCHANGED,
        /** Parsed, and it replaced what an earlier upload under the same key had stored. */
        REPLACED,
        /** The same bytes had been stored by an older parser version: parsed again and replaced. */
        REPARSED,
        /** Older than what the key holds: a later event of the key was applied, or the bucket holds newer bytes. */
        SUPERSEDED,
        /** Could not be parsed (or read); recorded as a failure with its reason. */
        FAILED,
        /** The object was deleted, and its filing data with it. */
        REMOVED,
        /** Not ours to process: a test event, a key outside the filings prefix, an unknown event type. */
        SKIPPED,
        /** A dependency failed; the event will be retried. */
        RETRY
    }

    static RecordOutcome skipped(S3ObjectEvent event, String reason) {
        return new RecordOutcome(event.key(), Outcome.SKIPPED, null, null, null, List.of(), reason, event.size(), 0);
    }

    static RecordOutcome superseded(S3ObjectEvent event, String reason) {
        return new RecordOutcome(event.key(), Outcome.SUPERSEDED, null, null, null, List.of(), reason, event.size(),
                0);
    }

    static RecordOutcome retry(S3ObjectEvent event, RuntimeException cause) {
        return new RecordOutcome(event.key(), Outcome.RETRY, null, null, null, List.of(),
                cause.getClass().getSimpleName() + ": " + cause.getMessage(), event.size(), 0);
    }
}
