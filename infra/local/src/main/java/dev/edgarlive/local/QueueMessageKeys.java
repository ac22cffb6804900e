package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The S3 keys a queue message is about, for the local stack's lines about messages that failed: the keys of an S3
 * notification's records (decoded as S3 encodes them, and as moto encodes '/'), or the key of a reprocess request.
 * A message that names none (S3's test event, something unreadable) gives its abbreviated body instead.
 */
final class QueueMessageKeys {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueueMessageKeys() {
    }

    static List<String> of(String body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (IOException notJson) {
            return List.of(abbreviated(body));
        }
        List<String> keys = new ArrayList<>();
        if (message != null) {
            message.path("Records").forEach(record -> keys.add(decoded(record.path("s3").path("object").path("key")
                    .asText())));
            JsonNode reprocess = message.path("reprocess").path("key");
            if (reprocess.isTextual()) {
                keys.add(reprocess.asText());
            }
            JsonNode archive = message.path("archive").path("key");
            if (archive.isTextual()) {
                keys.add(archive.asText());
            }
        }
        return keys.isEmpty() ? List.of(abbreviated(body)) : keys;
    }

    private static String decoded(String key) {
        try {
            return URLDecoder.decode(key, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return key;
        }
    }

    private static String abbreviated(String text) {
        String single = String.valueOf(text).replace('\n', ' ');
        return single.length() <= 80 ? single : single.substring(0, 80) + "...";
    }
}
