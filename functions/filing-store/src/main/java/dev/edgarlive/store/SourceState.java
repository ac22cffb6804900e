package dev.edgarlive.store;

import java.time.Instant;

/**
 * What the store last applied for one S3 key, read before a change is decided: a change made on this state
 * commits only if the key's row is still at this {@code revision}.
 *
 * @param status        what the key holds: nothing yet, a filing, a recorded failure, or a deletion (tombstone)
 * @param sequencer     of the last event applied (normalized), or null when none carried one
 * @param eTag          of the object whose content was applied, or null
 * @param contentSha256 of those bytes, or null
 * @param filingId      the filing the key holds (status FILING), else null
 * @param parserVersion the parser version that made the filing or the failure; 0 when unknown (written before
 *                      versions were recorded)
 * @param revision      the row's revision; 0 when the key has no state
 * @param attempts      deliveries of the event this state was read for, this one included ({@link
 *                      FilingStore#begin}); 0 when read otherwise
 * @param reason        why the key failed (status FAILED), else null
 * @param at            when the state was written, or null
 * @param leftFilingId  the filing the key's last change took it off, or null: a redelivery of that change checks
 *                      its partition's clean-up again
 */
public record SourceState(String key, Status status, String sequencer, String eTag, String contentSha256,
                          String filingId, int parserVersion, long revision, int attempts, String reason,
                          Instant at, String leftFilingId) {

    public enum Status {
        /** Nothing applied yet (a delivery may have started). */
        NONE,
        /** The key's bytes are a stored filing. */
        FILING,
        /** The key's bytes are recorded as a failure, with their reason. */
        FAILED,
        /** The object was deleted; the row keeps the delete's sequencer for a while so older events stay older. */
        DELETED
    }

    /** True when the state came from an event later than {@code event}: the event is superseded. */
    public boolean isAfter(EventStamp event) {
        return sequencer != null && event.hasSequencer() && Sequencer.compare(sequencer, event.sequencer()) > 0;
    }

    /** True when the state is the result of {@code event} itself (a redelivery), as far as sequencers tell. */
    public boolean isFrom(EventStamp event) {
        return sequencer != null && event.hasSequencer() && sequencer.equals(event.sequencer());
    }
}
