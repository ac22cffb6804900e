package dev.edgarlive.store;

import java.util.Arrays;
import java.util.List;

/**
 * The keys that sign and verify list cursors. New cursors are signed with the current key; a cursor is accepted when
 * any of the accepted keys verifies it, so that while a key is being rotated, cursors signed with the previous one
 * (handed out a moment ago, perhaps by another container) keep working.
 *
 * <p>Implementations may fetch and cache their keys (the query function reads them from Secrets Manager); the store
 * asks for them on every use and never keeps them.
 */
public interface CursorKeys {

    /** HMAC-SHA256 keys shorter than this are refused: 128 bits is what the cursor's signature keeps. */
    int MIN_KEY_BYTES = 16;

    /** The key new cursors are signed with. */
    byte[] current();

    /** Every key a cursor of ours may have been signed with, the current one first. */
    List<byte[]> accepted();

    /**
     * Called when a cursor verified with none of the accepted keys: a source that caches its keys may look again (a
     * rotation may have happened since it last did). Answers whether the keys changed, and so whether to try again.
     */
    default boolean reload() {
        return false;
    }

    /** One key that never changes: for tests, the local stack and functions that never verify a cursor. */
    static CursorKeys fixed(byte[] key) {
        return new Fixed(checked(key));
    }

    /** The key, or an {@link IllegalArgumentException} saying why it cannot sign cursors. */
    static byte[] checked(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a cursor key must hold at least " + MIN_KEY_BYTES + " bytes, was "
                    + (key == null ? "none" : key.length));
        }
        return key.clone();
    }

    /** A key that never changes. Compared by value; never printed. */
    final class Fixed implements CursorKeys {

        private final byte[] key;

        private Fixed(byte[] key) {
            this.key = key;
        }

        @Override
        public byte[] current() {
            return key.clone();
        }

        @Override
        public List<byte[]> accepted() {
            return List.of(key.clone());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Fixed f && Arrays.equals(key, f.key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key);
        }

        @Override
        public String toString() {
            return "CursorKeys.fixed(" + key.length + " bytes)";
        }
    }
}
