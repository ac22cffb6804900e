package dev.edgarlive.ingest;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * One S3 notification record reduced to what ingest needs, with the object key decoded.
 *
 * @param size      the object's size as the event reports it; 0 for removals and when absent
 * @param eTag      the ETag of the object the event announced (creates only), unquoted as S3 sends it, or null
 * @param sequencer S3's ordering of the events of one key (hexadecimal; greater is later), or null where the
 *                  sender gives none (moto)
 */
public record S3ObjectEvent(Kind kind, String bucket, String key, long size, String eTag, String sequencer) {

    public enum Kind { CREATED, REMOVED, OTHER }

    public S3ObjectEvent(Kind kind, String bucket, String key, long size, String eTag) {
        this(kind, bucket, key, size, eTag, null);
    }

    static S3ObjectEvent from(S3EventNotificationRecord record) {
        String eventName = record.getEventName() == null ? "" : record.getEventName();
        S3ObjectEntity object = record.getS3() == null ? null : record.getS3().getObject();
        String bucket = record.getS3() == null || record.getS3().getBucket() == null
                ? null : record.getS3().getBucket().getName();
        String rawKey = object == null ? null : object.getKey();
        Long size = object == null ? null : object.getSizeAsLong();
        return new S3ObjectEvent(kindOf(eventName), bucket, decodeKey(rawKey), size == null ? 0 : size,
                object == null ? null : object.geteTag(), object == null ? null : object.getSequencer());
    }

    /**
     * S3 writes keys in events form-URL-encoded: a space arrives as {@code +}, a real plus as {@code %2B},
     * and some emulators encode {@code /} as {@code %2F}. {@link URLDecoder} undoes exactly that encoding.
     */
    static String decodeKey(String rawKey) {
        if (rawKey == null) {
            return null;
        }
        try {
            return URLDecoder.decode(rawKey, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            // A stray '%' that starts no escape: the key was evidently not encoded, so take it as written.
            return rawKey;
        }
    }

    private static Kind kindOf(String eventName) {
        // Lambda gets "ObjectCreated:Put"; S3 -> SQS notifications say "s3:ObjectCreated:Put".
        String name = eventName.startsWith("s3:") ? eventName.substring(3) : eventName;
        if (name.startsWith("ObjectCreated:")) {
            return Kind.CREATED;
        }
        if (name.startsWith("ObjectRemoved:")) {
            return Kind.REMOVED;
        }
        return Kind.OTHER;
    }
}
