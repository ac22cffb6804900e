package dev.edgarlive.store;

/**
 * DynamoDB kept refusing work (throttling, unprocessed items, conflicting transactions) past the store's retries.
 * Nothing half-visible is left behind; the caller may retry the whole operation later (ingest lets Lambda retry).
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
