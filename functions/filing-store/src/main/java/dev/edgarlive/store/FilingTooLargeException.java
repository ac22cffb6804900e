package dev.edgarlive.store;

/**
 * A part of a filing that is not a full text (a title, a description, a list of codes) is too large for a
 * DynamoDB row. The filing is not stored rather than stored cut; ingest records the object as a failure.
 */
public final class FilingTooLargeException extends RuntimeException {

    public FilingTooLargeException(String message) {
        super(message);
    }
}
