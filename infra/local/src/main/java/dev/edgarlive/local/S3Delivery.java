package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One message S3 put on the event queue. S3 writes the same {"Records": [...]} document it hands a Lambda function
 * when it invokes one directly, so the message body is passed on as the event, untouched: keys stay URL-encoded as
 * S3 (or moto, which also encodes '/' as %2F) delivered them, and the function decodes them as it must on AWS.
 * The only other message is the s3:TestEvent S3 sends when a notification is configured; it is no event for the
 * function.
 */
record S3Delivery(byte[] event, boolean testEvent, List<String> keys) {

    private static final ObjectMapper JSON = new ObjectMapper();

    S3Delivery {
        event = event.clone();
        keys = List.copyOf(keys);
    }

    /** Reads a message body; one that is neither a notification nor a test event is refused with its reason. */
    static S3Delivery of(String body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (IOException notJson) {
            throw new IllegalArgumentException("not a JSON document: " + abbreviated(body), notJson);
        }
        if (message == null || !message.isObject()) {
            throw new IllegalArgumentException("not an S3 notification: " + abbreviated(body));
        }
        if ("s3:TestEvent".equals(message.path("Event").asText())) {
            return new S3Delivery(new byte[0], true, List.of());
        }
        JsonNode records = message.path("Records");
        if (!records.isArray() || records.isEmpty()) {
            throw new IllegalArgumentException("an S3 notification without Records: " + abbreviated(body));
        }
        List<String> keys = new ArrayList<>();
        records.forEach(record -> keys.add(record.path("s3").path("object").path("key").asText()));
        return new S3Delivery(body.getBytes(StandardCharsets.UTF_8), false, keys);
    }

    @Override
    public byte[] event() {
        return event.clone();
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
