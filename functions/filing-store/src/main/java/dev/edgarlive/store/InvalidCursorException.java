package dev.edgarlive.store;

/** A cursor that this store did not issue for this very query: malformed, tampered with, or from another list. */
public final class InvalidCursorException extends InvalidQueryException {

    public InvalidCursorException(String message) {
        super("cursor", message);
    }
}
