package dev.edgarlive.store;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts too large for a row, as S3 objects under {@code derived/<filing id>/<content version>/}. The version in
 * the key lets a replacement write its objects beside the old ones, switch over with the META row, and only then
 * delete the old ones, so a reader never follows a pointer to a missing object. (Layouts written before content
 * versions named the folder after the first 16 hex digits of the content's SHA-256.)
 */
final class DerivedObjects {

    static final String ROOT = "derived/";
    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String bucket;

    DerivedObjects(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    static String prefix(String filingId, String version) {
        return filingPrefix(filingId) + version + "/";
    }

    static String filingPrefix(String filingId) {
        return ROOT + filingId + "/";
    }

    void write(List<FilingRows.DerivedObject> objects) {
        for (FilingRows.DerivedObject o : objects) {
            s3.putObject(b -> b.bucket(bucket).key(o.key()).contentType("text/plain; charset=utf-8"),
                    RequestBody.fromBytes(o.bytes()));
        }
    }

    String read(String key) {
        return new String(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray(), StandardCharsets.UTF_8);
    }

    /** The keys of every object under {@code prefix}. */
    List<String> list(String prefix) {
        List<String> keys = new ArrayList<>();
        String token = null;
        do {
            String continuation = token;
            ListObjectsV2Response page = s3.listObjectsV2(ListObjectsV2Request.builder()
                    .bucket(bucket).prefix(prefix).continuationToken(continuation).build());
            for (S3Object o : page.contents()) {
                keys.add(o.key());
            }
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null);
        return keys;
    }

    /** Deletes objects by key. */
    void delete(List<String> keys) {
        List<ObjectIdentifier> doomed = keys.stream().map(k -> ObjectIdentifier.builder().key(k).build()).toList();
        for (int from = 0; from < doomed.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = doomed.subList(from, Math.min(doomed.size(), from + DELETE_BATCH));
            s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().objects(batch).quiet(true).build()));
        }
    }
}
