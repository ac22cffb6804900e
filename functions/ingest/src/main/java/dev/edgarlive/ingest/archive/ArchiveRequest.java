package dev.edgarlive.ingest.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * Unpack one archive: because S3 said it was uploaded, or to go on from the checkpoint an earlier invocation left
 * when it ran out of time.
 *
 * @param eTag   the archive's ETag as the event saw it (null if unknown): a newer upload under the same key is left to
 *               its own event
 * @param resume go on from the checkpoint in the archive's report, if it is one of this same upload
 */
public record ArchiveRequest(String bucket, String key, String eTag, boolean resume) {

    public ArchiveRequest {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
    }

    /** The message that asks a later invocation to go on with this archive. */
    public String continuation(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        ObjectNode archive = body.putObject("archive").put("bucket", bucket).put("key", key).put("resume", true);
        if (eTag != null) {
            archive.put("eTag", eTag);
        }
        return body.toString();
    }
}
