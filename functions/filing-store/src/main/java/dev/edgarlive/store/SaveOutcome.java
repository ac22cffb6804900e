package dev.edgarlive.store;

/** What {@link FilingStore#save} did for one source object. */
public record SaveOutcome(String filingId, Change change) {

    public enum Change {
        /** The filing was not stored before: its rows and counters were written. */
        CREATED,
        /** The filing was already stored with these bytes (redelivery, or the same bytes under another key). */
        UNCHANGED,
        /** The key held other content before, or the filing id held other content: old data replaced. */
        REPLACED,
        /** The same bytes had been stored by an older parser version: parsed again and replaced. */
        REPARSED
    }
}
