package dev.edgarlive.store;

import java.util.Objects;

/**
 * The S3 object a filing was parsed from, and the event that announced it.
 *
 * @param contentSha256 lowercase hex SHA-256 of the object's bytes, or null when they could not be read (an object
 *                      too large to read): only a failure can be recorded for such a source. The identity of the
 *                      content, used to tell a redelivery or a re-upload of the same bytes from an overwrite with
 *                      new content
 * @param eTag          as S3 reported it, or null
 * @param versionId     where the bucket is versioned, else null
 * @param sequencer     of the S3 event that announced this object (normalized), or null when it carried none or
 *                      the change is no event (a direct save, a re-parse)
 */
public record SourceObject(String bucket, String key, long size, String contentSha256, String eTag, String versionId,
                           String sequencer) {

    public SourceObject {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("an S3 key is never empty");
        }
        if (contentSha256 != null && !contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentSha256 must be 64 lowercase hex digits, was " + contentSha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        sequencer = Sequencer.normalize(sequencer);
    }

    public SourceObject(String bucket, String key, long size, String contentSha256, String eTag, String versionId) {
        this(bucket, key, size, contentSha256, eTag, versionId, null);
    }

    public static SourceObject of(String bucket, String key, long size, String contentSha256) {
        return new SourceObject(bucket, key, size, contentSha256, null, null);
    }

    /** The source of {@code content} read from {@code bucket}/{@code key}; its size and hash computed here. */
    public static SourceObject ofContent(String bucket, String key, byte[] content, String eTag, String versionId) {
        return new SourceObject(bucket, key, content.length, Hashes.sha256Hex(content), eTag, versionId);
    }

    /** This object as announced by the event {@code stamp}. */
    public SourceObject announcedBy(EventStamp stamp) {
        return new SourceObject(bucket, key, size, contentSha256, eTag, versionId, stamp.sequencer());
    }
}
