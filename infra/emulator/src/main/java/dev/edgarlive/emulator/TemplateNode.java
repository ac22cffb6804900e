package dev.edgarlive.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A node of the template with the path that leads to it, so that every complaint names the exact place:
 * "template.yaml: Resources.FilingsTable.Properties.KeySchema[0].AttributeName must be a literal string".
 */
record TemplateNode(JsonNode node, String path, String templateName) {

    TemplateNode field(String name) {
        return optionalField(name).orElseThrow(() -> problem(path + "." + name + " is missing"));
    }

    Optional<TemplateNode> optionalField(String name) {
        JsonNode child = node.get(name);
        return child == null || child.isNull() ? Optional.empty()
                : Optional.of(new TemplateNode(child, path + "." + name, templateName));
    }

    List<TemplateNode> elements() {
        if (!node.isArray()) {
            throw problem(path + " must be a list" + intrinsicHint());
        }
        List<TemplateNode> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new TemplateNode(node.get(i), path + "[" + i + "]", templateName));
        }
        return elements;
    }

    /** A list, or a single value where CloudFormation also accepts one (SAM's {@code Events: s3:ObjectCreated:*}). */
    List<TemplateNode> oneOrMore() {
        return node.isArray() ? elements() : List.of(this);
    }

    Iterator<String> fieldNames() {
        if (!node.isObject()) {
            throw problem(path + " must be a map" + intrinsicHint());
        }
        return node.fieldNames();
    }

    String text() {
        if (!node.isValueNode()) {
            throw problem(path + " must be a literal value" + intrinsicHint());
        }
        return node.asText();
    }

    long number() {
        if (!node.isNumber() && !(node.isTextual() && node.asText().matches("\\d+"))) {
            throw problem(path + " must be a literal number" + intrinsicHint());
        }
        return node.asLong();
    }

    boolean bool() {
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual() && (node.asText().equalsIgnoreCase("true") || node.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(node.asText());
        }
        throw problem(path + " must be true or false" + intrinsicHint());
    }

    /** The logical id a {@code Ref} points to, when this node is one. */
    Optional<String> referencedResource() {
        JsonNode ref = node.get("Ref");
        return node.isObject() && node.size() == 1 && ref != null && ref.isTextual()
                ? Optional.of(ref.asText()) : Optional.empty();
    }

    /** The logical id of a resource whose attribute this node takes ({@code !GetAtt X.Arn}), when it is one. */
    Optional<String> attributeOf(String attribute) {
        JsonNode getAtt = node.get("Fn::GetAtt");
        if (!node.isObject() || node.size() != 1 || getAtt == null) {
            return Optional.empty();
        }
        if (getAtt.isArray() && getAtt.size() == 2 && getAtt.get(1).asText().equals(attribute)) {
            return Optional.of(getAtt.get(0).asText());
        }
        if (getAtt.isTextual() && getAtt.asText().endsWith("." + attribute)) {
            String text = getAtt.asText();
            return Optional.of(text.substring(0, text.length() - attribute.length() - 1));
        }
        return Optional.empty();
    }

    TemplateException problem(String message) {
        return new TemplateException(templateName + ": " + message);
    }

    private String intrinsicHint() {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return ", but it is " + key + ", which only CloudFormation can resolve; provisioning on an"
                        + " emulator needs the literal value here";
            }
        }
        return "";
    }
}
