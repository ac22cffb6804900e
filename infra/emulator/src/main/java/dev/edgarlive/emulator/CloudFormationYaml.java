package dev.edgarlive.emulator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a CloudFormation YAML template into the tree its JSON form would give. The short tags ({@code !Ref X},
 * {@code !If [...]}, {@code !GetAtt A.B}) become their long forms ({@code {"Ref": "X"}}, {@code {"Fn::If": [...]}},
 * {@code {"Fn::GetAtt": ["A", "B"]}}), so that a value computed at deploy time can never pass for a literal.
 */
final class CloudFormationYaml {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    private CloudFormationYaml() {
    }

    static JsonNode read(Reader yaml) throws IOException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw new IOException("the template is empty");
            }
            return readValue(parser);
        }
    }

    private static JsonNode readValue(JsonParser parser) throws IOException {
        // The tag belongs to the token the parser stands on; read it before moving into a collection.
        Object typeId = parser.getTypeId();
        String tag = typeId == null ? null : typeId.toString();
        JsonNode value = switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IOException("unexpected " + parser.currentToken() + " at "
                    + parser.currentLocation());
        };
        return tag == null || tag.startsWith(CORE_TAG_PREFIX) ? value : intrinsic(tag, value);
    }

    /** The smallest integer node that holds the value, as a JSON reader would give. */
    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    private static ObjectNode readObject(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, readValue(parser));
        }
        return object;
    }

    private static ArrayNode readArray(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser));
        }
        return array;
    }

    /** {@code !Ref} and {@code !Condition} keep their names; every other short tag is a {@code Fn::} function. */
    private static ObjectNode intrinsic(String tag, JsonNode argument) {
        String function = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
        JsonNode longFormArgument = argument;
        if (function.equals("Fn::GetAtt") && argument.isTextual()) {
            String text = argument.asText();
            int dot = text.indexOf('.');
            longFormArgument = dot < 0 ? argument
                    : NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1));
        }
        ObjectNode node = NODES.objectNode();
        node.set(function, longFormArgument);
        return node;
    }
}
