package dev.edgarlive.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where the store writes and how it shards.
 *
 * @param tableName    the one table (PK/SK plus GSI1..GSI3) that template.yaml defines
 * @param bucket       the filings bucket; derived objects go under {@code derived/}
 * @param formShards   how many write shards the by-form and by-item indexes and the daily counters use. Fixed for
 *                     the life of a table: rows already written keep the shard computed with the old count
 * @param cursorSecret the HMAC key that signs list cursors (at least 16 bytes)
 */
public record StoreSettings(String tableName, String bucket, int formShards, byte[] cursorSecret) {

    public static final int MAX_SHARDS = 64;

    public StoreSettings {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(bucket, "bucket");
        if (formShards < 1 || formShards > MAX_SHARDS) {
            throw new IllegalArgumentException("formShards must be 1.." + MAX_SHARDS + ", was " + formShards);
        }
        if (cursorSecret == null || cursorSecret.length < 16) {
            throw new IllegalArgumentException("cursorSecret must hold at least 16 bytes");
        }
        cursorSecret = cursorSecret.clone();
    }

    @Override
    public byte[] cursorSecret() {
        return cursorSecret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreSettings s && tableName.equals(s.tableName) && bucket.equals(s.bucket)
                && formShards == s.formShards && Arrays.equals(cursorSecret, s.cursorSecret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, bucket, formShards, Arrays.hashCode(cursorSecret));
    }

    @Override
    public String toString() {
        return "StoreSettings[tableName=" + tableName + ", bucket=" + bucket + ", formShards=" + formShards
                + ", cursorSecret=(" + cursorSecret.length + " bytes)]";
    }
}
