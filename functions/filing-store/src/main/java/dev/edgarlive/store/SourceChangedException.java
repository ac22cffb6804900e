package dev.edgarlive.store;

/**
 * The key's source row changed after the state a change was decided on was read: another event of the same key
 * was applied meanwhile. Nothing of this change was made visible; the caller reads the key's state again and
 * decides afresh (the newer state may make this event superseded).
 */
public final class SourceChangedException extends RuntimeException {

    public SourceChangedException(String key) {
        super("the source row of " + key + " changed while this event was processed", null, false, false);
    }
}
