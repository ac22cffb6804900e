package dev.edgarlive.store;

import java.util.Objects;

/**
 * Where the store writes and how it shards.
 *
 * @param tableName  the one table (PK/SK plus GSI1..GSI3) that template.yaml defines
 * @param bucket     the filings bucket; derived objects go under {@code derived/}
 * @param formShards how many write shards the by-form and by-item indexes and the daily counters use. Fixed for
 *                   the life of a table: rows already written keep the shard computed with the old count
 * @param cursorKeys the HMAC keys that sign and verify list cursors
 */
public record StoreSettings(String tableName, String bucket, int formShards, CursorKeys cursorKeys) {

    public static final int MAX_SHARDS = 64;

    public StoreSettings {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(cursorKeys, "cursorKeys");
        if (formShards < 1 || formShards > MAX_SHARDS) {
            throw new IllegalArgumentException("formShards must be 1.." + MAX_SHARDS + ", was " + formShards);
        }
    }

    /** Settings whose cursors are signed with one key that never changes (at least 16 bytes). */
    public StoreSettings(String tableName, String bucket, int formShards, byte[] cursorSecret) {
        this(tableName, bucket, formShards, CursorKeys.fixed(cursorSecret));
    }
}
