package dev.edgarlive.local;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * template.yaml as the JSON tree CloudFormation sees: a short-form tag such as {@code !Sub x} becomes
 * {@code {"Fn::Sub": "x"}} and {@code !Ref X} becomes {@code {"Ref": "X"}}, so that {@link Intrinsics} can
 * evaluate what the functions' properties compute at deploy time.
 */
final class TemplateYaml {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TemplateYaml() {
    }

    static JsonNode read(Path template) throws IOException {
        try (JsonParser parser = YAML.createParser(Files.newBufferedReader(template))) {
            if (parser.nextToken() == null) {
                throw new IOException(template + " is empty");
            }
            return value(parser);
        }
    }

    private static JsonNode value(JsonParser parser) throws IOException {
        Object tag = parser.getTypeId();
        JsonNode value;
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, value(parser));
            }
            value = object;
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            var array = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser));
            }
            value = array;
        } else {
            // Scalars as text, as CloudFormation passes them to functions (MemorySize: 1024 -> "1024").
            value = parser.currentToken() == JsonToken.VALUE_NULL ? NODES.nullNode() : NODES.textNode(parser.getText());
        }
        return tag == null || tag.toString().startsWith("tag:yaml.org") ? value : longForm(tag.toString(), value);
    }

    private static JsonNode longForm(String tag, JsonNode argument) {
        String function = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
        JsonNode longArgument = argument;
        if (function.equals("Fn::GetAtt") && argument.isTextual() && argument.asText().contains(".")) {
            String text = argument.asText();
            int dot = text.indexOf('.');
            longArgument = NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1));
        }
        return NODES.objectNode().set(function, longArgument);
    }
}
