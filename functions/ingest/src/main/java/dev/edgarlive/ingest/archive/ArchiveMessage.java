package dev.edgarlive.ingest.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.ingest.IngestMessage;
import dev.edgarlive.ingest.S3ObjectEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * What one message on the archive queue asks for: the archives S3 says were uploaded (its event body; removals and
 * the test event ask for nothing), or to resume one from its checkpoint ({"archive": {"bucket", "key", "eTag",
 * "resume": true}}).
 *
 * @param unreadable why the message can never be done, or null
 */
record ArchiveMessage(List<ArchiveRequest> archives, String unreadable) {

    static ArchiveMessage read(String body, ObjectMapper json) {
        JsonNode archive;
        try {
            archive = body == null ? null : json.readTree(body).path("archive");
        } catch (JsonProcessingException notJson) {
            archive = null;
        }
        if (archive != null && archive.isObject()) {
            if (!archive.path("bucket").isTextual() || !archive.path("key").isTextual()) {
                return new ArchiveMessage(List.of(), "a resume request without bucket and key: " + body);
            }
            return new ArchiveMessage(List.of(new ArchiveRequest(archive.path("bucket").asText(),
                    archive.path("key").asText(), archive.path("eTag").isTextual() ? archive.path("eTag").asText() : null,
                    archive.path("resume").asBoolean(false))), null);
        }
        IngestMessage message = IngestMessage.read(body, json);
        if (message instanceof IngestMessage.Unreadable unreadable) {
            return new ArchiveMessage(List.of(), unreadable.reason());
        }
        List<ArchiveRequest> archives = new ArrayList<>();
        if (message instanceof IngestMessage.S3Events s3) {
            for (S3ObjectEvent event : s3.events()) {
                if (event.kind() == S3ObjectEvent.Kind.CREATED && event.key() != null && event.bucket() != null) {
                    archives.add(new ArchiveRequest(event.bucket(), event.key(), event.eTag(), false));
                }
            }
        }
        return new ArchiveMessage(archives, null);
    }
}
