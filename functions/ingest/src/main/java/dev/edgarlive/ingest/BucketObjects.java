package dev.edgarlive.ingest;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.Optional;

/**
 * The bucket as an event's processing sees it: the object an event announced, if it is still that object, and
 * whether a key holds an object at all. Reads are conditioned on the event's ETag, so that bytes uploaded after
 * the event are never taken for the event's own: they belong to the newer event, which applies them.
 */
final class BucketObjects {

    private static final int PRECONDITION_FAILED = 412;
    private static final int NOT_FOUND = 404;

    private final S3Client s3;

    BucketObjects(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * The object's bytes if it still has {@code eTag} (any object when null); empty when the key now holds other
     * bytes or none.
     */
    Optional<ResponseBytes<GetObjectResponse>> read(String bucket, String key, String eTag) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).ifMatch(quoted(eTag))));
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == PRECONDITION_FAILED || e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** True when the key holds an object with {@code eTag} (any object when null). */
    boolean holds(String bucket, String key, String eTag) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key).ifMatch(quoted(eTag)));
            return true;
        } catch (NoSuchKeyException gone) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == PRECONDITION_FAILED || e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /** Events carry ETags bare; an If-Match header takes the quoted entity tag. */
    static String quoted(String eTag) {
        if (eTag == null || eTag.isEmpty()) {
            return null;
        }
        return eTag.startsWith("\"") || eTag.startsWith("W/") ? eTag : "\"" + eTag + "\"";
    }
}
