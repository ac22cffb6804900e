package dev.edgarlive.store;

/**
 * Where one S3 event stands in the history of its key: the event's {@code sequencer} (S3 sends one with every
 * create and delete; some emulators send none) and the ETag of the object it announced (none for a delete).
 * The store applies a key's events in sequencer order; without a sequencer it relies on the caller having checked
 * the bucket's current state (see DATA_MODEL.md, "Order per key").
 *
 * @param sequencer normalized (upper case, right-padded with zeros), or null when the event carried none
 */
public record EventStamp(String sequencer, String eTag) {

    public EventStamp {
        sequencer = Sequencer.normalize(sequencer);
    }

    /** A change that is no S3 event (a direct save, a re-parse): ordered by the bucket's state alone. */
    public static EventStamp unordered() {
        return new EventStamp(null, null);
    }

    public boolean hasSequencer() {
        return sequencer != null;
    }

    /** What identifies this event among deliveries of the same key, for counting delivery attempts. */
    String identity() {
        if (sequencer != null) {
            return "s:" + sequencer;
        }
        return eTag == null ? "-" : "e:" + eTag;
    }
}
