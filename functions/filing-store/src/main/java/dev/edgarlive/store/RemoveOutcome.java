package dev.edgarlive.store;

/**
 * What {@link FilingStore#removeSource} did for one S3 key.
 *
 * @param filingId the filing the key had produced, or null when it had produced none
 */
public record RemoveOutcome(String key, String filingId, Result result) {

    public enum Result {
        /** The key was the filing's only source: the filing, its texts and its counts are gone. */
        FILING_REMOVED,
        /** Another key still holds the same filing, which stays; only this key's link is gone. */
        SOURCE_DETACHED,
        /** The key had failed to parse; its failure record is gone. */
        FAILURE_CLEARED,
        /** Nothing was known about the key (a redelivered delete, or an object never ingested). */
        NOT_FOUND
    }
}
