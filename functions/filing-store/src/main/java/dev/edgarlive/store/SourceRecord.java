package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;

/**
 * What the store remembers of one S3 key: the filing its bytes produced, or why they produced none.
 * One row per key; a failed key's row also carries GSI1 keys in the {@code FAILURES} partition, so the failure
 * list is exactly the set of keys whose latest content failed: a later success or a delete rewrites or removes
 * the row and with it the entry.
 */
record SourceRecord(String key, String bucket, long size, String contentSha256, String eTag, String versionId,
                    Status status, String filingId, String reason, Instant at) {

    enum Status { FILING, FAILED }

    /** Reasons are ours (parser messages), but a row must stay small whatever they say. */
    static final int MAX_REASON = 2000;
    private static final String CUT = " [reason cut at " + MAX_REASON + " characters]";

    static SourceRecord filing(SourceObject source, String filingId, Instant at) {
        return new SourceRecord(source.key(), source.bucket(), source.size(), source.contentSha256(), source.eTag(),
                source.versionId(), Status.FILING, filingId, null, at);
    }

    static SourceRecord failed(SourceObject source, String reason, Instant at) {
        String bounded = reason == null ? "unknown" : reason;
        if (bounded.length() > MAX_REASON) {
            bounded = bounded.substring(0, MAX_REASON) + CUT;
        }
        return new SourceRecord(source.key(), source.bucket(), source.size(), source.contentSha256(), source.eTag(),
                source.versionId(), Status.FAILED, null, bounded, at);
    }

    static Map<String, AttributeValue> key(String s3Key) {
        return Row.keyed(Keys.source(s3Key), Keys.SOURCE).build();
    }

    Map<String, AttributeValue> toRow() {
        Row row = Row.keyed(Keys.source(key), Keys.SOURCE)
                .put(Attr.KEY, key)
                .put(Attr.BUCKET, bucket)
                .put(Attr.SIZE, size)
                .put(Attr.SHA256, contentSha256)
                .put(Attr.ETAG, eTag)
                .put(Attr.VERSION, versionId)
                .put(Attr.STATUS, status.name())
                .put(Attr.FILING_ID, filingId)
                .put(Attr.REASON, reason)
                .put(Attr.AT, at.toString());
        if (status == Status.FAILED) {
            row.put(Keys.GSI1PK, Keys.FAILURES).put(Keys.GSI1SK, failureSortKey(at, key));
        }
        return row.build();
    }

    static String failureSortKey(Instant at, String key) {
        return at + "#" + key;
    }

    static SourceRecord fromRow(Map<String, AttributeValue> row) {
        RowValues v = new RowValues(row);
        return new SourceRecord(v.required(Attr.KEY), v.string(Attr.BUCKET), v.number(Attr.SIZE, 0),
                v.string(Attr.SHA256), v.string(Attr.ETAG), v.string(Attr.VERSION),
                Status.valueOf(v.required(Attr.STATUS)), v.string(Attr.FILING_ID), v.string(Attr.REASON),
                v.instant(Attr.AT));
    }

    FailureRecord toFailure() {
        return new FailureRecord(key, size, reason, at);
    }
}
