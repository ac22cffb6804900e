package dev.edgarlive.ingest;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one message on the ingest function's queues asks for: the S3 events of an upload or a removal (the body S3
 * writes, {"Records": [...]}), a request to re-parse a stored filing ({"reprocess": {"bucket", "key"}}), the
 * s3:TestEvent S3 sends once when the notification is configured, or something unreadable.
 */
public sealed interface IngestMessage {

    /** The S3 notification records of the message, each reduced to what ingest needs. */
    record S3Events(List<S3ObjectEvent> events) implements IngestMessage {
        public S3Events {
            events = List.copyOf(events);
        }
    }

    /** Re-parse what {@code key} holds with the current parser; sent by the ReprocessFunction and bin/reprocess. */
    record ReprocessRequest(String bucket, String key) implements IngestMessage {
        public ReprocessRequest {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
        }

        /** The message body that asks for this. */
        public String toJson(ObjectMapper json) {
            ObjectNode body = json.createObjectNode();
            body.putObject("reprocess").put("bucket", bucket).put("key", key);
            return body.toString();
        }
    }

    /** S3's {"Event": "s3:TestEvent"}: proof that the notification works, nothing to ingest. */
    record TestEvent() implements IngestMessage {
    }

    /** A body that is none of the above; it can never succeed, so it goes to the dead-letter queue to be seen. */
    record Unreadable(String reason) implements IngestMessage {
    }

    static IngestMessage read(String body, ObjectMapper json) {
        JsonNode message;
        try {
            message = body == null ? null : json.readTree(body);
        } catch (JsonProcessingException notJson) {
            return new Unreadable("not JSON: " + abbreviated(body));
        }
        if (message == null || !message.isObject()) {
            return new Unreadable("not a JSON object: " + abbreviated(String.valueOf(body)));
        }
        if ("s3:TestEvent".equals(message.path("Event").asText())) {
            return new TestEvent();
        }
        JsonNode reprocess = message.path("reprocess");
        if (reprocess.isObject()) {
            if (!reprocess.path("bucket").isTextual() || !reprocess.path("key").isTextual()) {
                return new Unreadable("a reprocess request without bucket and key: " + abbreviated(body));
            }
            return new ReprocessRequest(reprocess.path("bucket").asText(), reprocess.path("key").asText());
        }
        JsonNode records = message.path("Records");
        if (!records.isArray() || records.isEmpty()) {
            return new Unreadable("neither S3 event records nor a reprocess request: " + abbreviated(body));
        }
        List<S3ObjectEvent> events = new ArrayList<>(records.size());
        records.forEach(record -> events.add(S3ObjectEvent.from(notificationRecord(record))));
        return new S3Events(events);
    }

    /**
     * The record as the Lambda events library models it, so that {@link S3ObjectEvent#from} reads a record from a
     * queue exactly as one S3 hands a function directly. The library's classes have no Jackson-friendly
     * constructors, hence the mapping by hand.
     */
    private static S3EventNotificationRecord notificationRecord(JsonNode record) {
        JsonNode s3 = record.path("s3");
        JsonNode object = s3.path("object");
        JsonNode bucket = s3.path("bucket");
        S3ObjectEntity objectEntity = new S3ObjectEntity(text(object, "key"),
                object.path("size").isNumber() ? object.path("size").asLong() : null,
                text(object, "eTag"), text(object, "versionId"), text(object, "sequencer"));
        S3Entity entity = new S3Entity(text(s3, "configurationId"),
                new S3BucketEntity(text(bucket, "name"), null, text(bucket, "arn")), objectEntity,
                text(s3, "s3SchemaVersion"));
        return new S3EventNotificationRecord(text(record, "awsRegion"), text(record, "eventName"),
                text(record, "eventSource"), null, text(record, "eventVersion"), null, null, entity, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 200 ? String.valueOf(text) : text.substring(0, 200) + "...";
    }
}
