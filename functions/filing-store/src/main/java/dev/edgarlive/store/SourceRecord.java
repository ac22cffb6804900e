package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What the store remembers of one S3 key: the filing its bytes produced, or why they produced none, or that the
 * object was deleted. One row per key, rewritten whole by every change of the key, each time one revision higher
 * and conditioned on the revision the change was decided on.
 *
 * <p>A failed key's row also carries GSI1 keys in the {@code FAILURES} partition, so the failure list is exactly
 * the set of keys whose latest content failed: a later success or a delete rewrites the row and with it the entry.
 * A deleted key's row is a tombstone that keeps the delete's sequencer, so that an older event delivered late
 * stays older; it carries {@code expiresAt} and the table's TTL removes it after {@link #TOMBSTONE_RETENTION}.
 *
 * @param sequencer     of the last event applied, normalized, or null
 * @param revision      one more than the revision the change was decided on
 * @param parserVersion the parser version that made the filing or the failure (0: unknown)
 * @param left          the filing this key held before this change and left, or null: its partition is checked
 *                      for clean-up again when the change is redelivered
 */
record SourceRecord(String key, String bucket, long size, String contentSha256, String eTag, String versionId,
                    Status status, String filingId, String reason, Instant at, String sequencer, long revision,
                    int parserVersion, String left) {

    enum Status { FILING, FAILED, DELETED }

    /** Reasons are ours (parser messages), but a row must stay small whatever they say. */
    static final int MAX_REASON = 2000;
    private static final String CUT = " [reason cut at " + MAX_REASON + " characters]";
    /**
     * How long a tombstone outlives its delete. Older events of the key can arrive until Lambda's retries and the
     * dead-letter queue's 14 days are over; 90 days leaves a wide margin. After that, a very late create event is
     * still refused by the bucket itself (its object is gone or has another ETag).
     */
    static final Duration TOMBSTONE_RETENTION = Duration.ofDays(90);

    static SourceRecord filing(SourceObject source, String filingId, Instant at, int parserVersion,
                               String sequencer, long revision, String left) {
        return new SourceRecord(source.key(), source.bucket(), source.size(), source.contentSha256(), source.eTag(),
                source.versionId(), Status.FILING, filingId, null, at, sequencer, revision, parserVersion, left);
    }

    static SourceRecord failed(SourceObject source, String reason, Instant at, int parserVersion, String sequencer,
                               long revision, String left) {
        String bounded = reason == null ? "unknown" : reason;
        if (bounded.length() > MAX_REASON) {
            bounded = bounded.substring(0, MAX_REASON) + CUT;
        }
        return new SourceRecord(source.key(), source.bucket(), source.size(), source.contentSha256(), source.eTag(),
                source.versionId(), Status.FAILED, null, bounded, at, sequencer, revision, parserVersion, left);
    }

    static SourceRecord deleted(String key, Instant at, String sequencer, long revision, String left) {
        return new SourceRecord(key, null, 0, null, null, null, Status.DELETED, null, null, at, sequencer, revision,
                0, left);
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
                .put(Attr.AT, at.toString())
                .put(Attr.SEQUENCER, sequencer)
                .put(Attr.REVISION, revision)
                .put(Attr.LEFT, left);
        if (status != Status.DELETED) {
            row.put(Attr.PARSER_VERSION, parserVersion);
        }
        if (status == Status.FAILED) {
            row.put(Keys.GSI1PK, Keys.FAILURES).put(Keys.GSI1SK, failureSortKey(at, key));
        }
        if (status == Status.DELETED) {
            row.put(Attr.EXPIRES_AT, at.plus(TOMBSTONE_RETENTION).getEpochSecond());
        }
        return row.build();
    }

    /** {@code <instant>#<key>}, or {@code <instant>~<hash>} for a key too long for key attributes. */
    static String failureSortKey(Instant at, String key) {
        return at + Keys.sourceName(key);
    }

    /** The row as a state; null when the row records no change yet (only delivery attempts). */
    static SourceRecord fromRow(Map<String, AttributeValue> row) {
        RowValues v = new RowValues(row);
        String status = v.string(Attr.STATUS);
        if (status == null) {
            return null;
        }
        return new SourceRecord(v.required(Attr.KEY), v.string(Attr.BUCKET), v.number(Attr.SIZE, 0),
                v.string(Attr.SHA256), v.string(Attr.ETAG), v.string(Attr.VERSION),
                Status.valueOf(status), v.string(Attr.FILING_ID), v.string(Attr.REASON),
                v.instant(Attr.AT), v.string(Attr.SEQUENCER), v.number(Attr.REVISION, 0),
                (int) v.number(Attr.PARSER_VERSION, 0), v.string(Attr.LEFT));
    }

    /** The public view of a source row (which may be absent or record attempts only). */
    static SourceState state(String key, Map<String, AttributeValue> row, int attempts) {
        SourceRecord r = row == null || row.isEmpty() ? null : fromRow(row);
        long revision = row == null ? 0 : new RowValues(row).number(Attr.REVISION, 0);
        if (r == null) {
            return new SourceState(key, SourceState.Status.NONE, null, null, null, null, 0, revision, attempts,
                    null, null, null);
        }
        return new SourceState(r.key, SourceState.Status.valueOf(r.status.name()), r.sequencer, r.eTag,
                r.contentSha256, r.filingId, r.parserVersion, revision, attempts, r.reason, r.at, r.left);
    }

    FailureRecord toFailure() {
        return new FailureRecord(key, size, reason, at);
    }
}
