package dev.edgarlive.store;

/** A row in the table does not have the shape this version of the store writes: a bug or a foreign writer. */
public final class CorruptRowException extends RuntimeException {

    public CorruptRowException(String message) {
        super(message);
    }
}
