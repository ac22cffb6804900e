package dev.edgarlive.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DynamoDB table of fixed rows, answering the reads the store makes in DynamoDB's own JSON: {@code GetItem} by
 * key, and {@code Query} on a table or index partition with the key conditions the store writes ({@code #pk = :pk},
 * optionally {@code AND #sk < :v} or {@code AND #sk BETWEEN :a AND :b}), in sort-key order, one page. Any other
 * call is answered as a success with nothing in it. Only for priming (see {@link LoopbackAws}): enough for the
 * read path to assemble a filing and its lists, nothing like a database.
 */
final class StubTable {

    private static final Pattern KEY_CONDITION = Pattern.compile(
            "\\s*(#\\w+)\\s*=\\s*(:\\w+)\\s*(?:AND\\s+(#\\w+)\\s*(?:(<=|<|>=|>)\\s*(:\\w+)|BETWEEN\\s+(:\\w+)\\s+AND\\s+(:\\w+)))?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final ObjectMapper json;
    private final List<ObjectNode> rows;

    StubTable(ObjectMapper json, List<Map<String, AttributeValue>> rows) {
        this.json = json;
        this.rows = rows.stream().map(this::item).toList();
    }

    /** The response body to one DynamoDB JSON call ({@code operation} is X-Amz-Target's part after the dot). */
    ObjectNode answer(String operation, JsonNode request) {
        return switch (operation) {
            case "GetItem" -> getItem(request);
            case "Query" -> query(request);
            default -> json.createObjectNode();
        };
    }

    private ObjectNode getItem(JsonNode request) {
        ObjectNode response = json.createObjectNode();
        JsonNode key = request.path("Key");
        rows.stream().filter(row -> matchesKey(row, key)).findFirst().ifPresent(row -> response.set("Item", row));
        return response;
    }

    private ObjectNode query(JsonNode request) {
        ArrayNode items = json.createArrayNode();
        Matcher condition = KEY_CONDITION.matcher(request.path("KeyConditionExpression").asText());
        if (condition.matches()) {
            JsonNode names = request.path("ExpressionAttributeNames");
            JsonNode values = request.path("ExpressionAttributeValues");
            String partition = names.path(condition.group(1)).asText();
            String partitionValue = scalar(values.path(condition.group(2)));
            String sort = condition.group(3) == null ? null : names.path(condition.group(3)).asText();
            List<ObjectNode> found = new ArrayList<>();
            for (ObjectNode row : rows) {
                if (partitionValue.equals(scalar(row.path(partition)))
                        && (sort == null || inRange(scalar(row.path(sort)), condition, values))) {
                    found.add(row);
                }
            }
            Comparator<ObjectNode> bySortKey = Comparator.comparing(row -> sort == null ? "" : scalar(row.path(sort)));
            found.sort(request.path("ScanIndexForward").asBoolean(true) ? bySortKey : bySortKey.reversed());
            int limit = request.path("Limit").asInt(Integer.MAX_VALUE);
            found.stream().limit(limit).forEach(items::add);
        }
        ObjectNode response = json.createObjectNode();
        response.set("Items", items);
        response.put("Count", items.size());
        response.put("ScannedCount", items.size());
        return response;
    }

    private static boolean inRange(String value, Matcher condition, JsonNode values) {
        if (value.isEmpty()) {
            return false;       // a row without the index's sort key is not in that index
        }
        if (condition.group(4) == null) {
            return value.compareTo(scalar(values.path(condition.group(6)))) >= 0
                    && value.compareTo(scalar(values.path(condition.group(7)))) <= 0;
        }
        int order = value.compareTo(scalar(values.path(condition.group(5))));
        return switch (condition.group(4)) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    private static boolean matchesKey(ObjectNode row, JsonNode key) {
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) key::fields) {
            if (!scalar(field.getValue()).equals(scalar(row.path(field.getKey())))) {
                return false;
            }
        }
        return key.size() > 0;
    }

    /** A string or number attribute's value as text; empty when absent. Keys here are strings of fixed shape. */
    private static String scalar(JsonNode attribute) {
        JsonNode value = attribute.has("S") ? attribute.get("S") : attribute.get("N");
        return value == null ? "" : value.asText();
    }

    /** A row as DynamoDB's JSON writes it ({@code {"PK": {"S": "..."}, ...}}). */
    private ObjectNode item(Map<String, AttributeValue> row) {
        ObjectNode item = json.createObjectNode();
        row.forEach((name, value) -> item.set(name, attribute(value)));
        return item;
    }

    private ObjectNode attribute(AttributeValue value) {
        ObjectNode node = json.createObjectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", base64(value.b()));
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case SS -> value.ss().forEach(node.putArray("SS")::add);
            case NS -> value.ns().forEach(node.putArray("NS")::add);
            case BS -> {
                ArrayNode set = node.putArray("BS");
                value.bs().forEach(b -> set.add(base64(b)));
            }
            case L -> {
                ArrayNode list = node.putArray("L");
                value.l().forEach(element -> list.add(attribute(element)));
            }
            case M -> {
                ObjectNode map = node.putObject("M");
                value.m().forEach((name, element) -> map.set(name, attribute(element)));
            }
            default -> throw new IllegalArgumentException("an attribute of unknown type in a priming row");
        }
        return node;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
