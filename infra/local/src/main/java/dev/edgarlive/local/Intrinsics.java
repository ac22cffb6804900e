package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the CloudFormation intrinsic functions of template values for the local stack, the way CloudFormation
 * would for a stack with these parameters and these resources: {@code Ref}, {@code Fn::Sub}, {@code Fn::If},
 * {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::GetAtt} and the condition functions.
 * A value that refers to something the local stack does not have fails with the path of the value, rather than
 * becoming a wrong literal. {@code AWS::NoValue} comes back as a missing node.
 */
final class Intrinsics {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");
    private static final Pattern DYNAMIC_SECRET = Pattern.compile("\\{\\{resolve:secretsmanager:[^}]+}}");

    private final Map<String, JsonNode> parameters;
    private final Map<String, String> references;
    private final Map<String, String> attributes;
    private final JsonNode conditions;
    private final String secretValue;
    private final Map<String, Boolean> evaluatedConditions = new HashMap<>();

    /**
     * @param parameters  parameter and pseudo-parameter values (AWS::Region, AWS::StackId, ...)
     * @param references  what {@code Ref} gives for each local resource (bucket name, table name, queue URL)
     * @param attributes  what {@code Fn::GetAtt} gives, keyed "LogicalId.Attribute"
     * @param conditions  the template's Conditions section
     * @param secretValue what a {@code {{resolve:secretsmanager:...}}} dynamic reference resolves to locally
     */
    Intrinsics(Map<String, JsonNode> parameters, Map<String, String> references, Map<String, String> attributes,
               JsonNode conditions, String secretValue) {
        this.parameters = Map.copyOf(parameters);
        this.references = Map.copyOf(references);
        this.attributes = Map.copyOf(attributes);
        this.conditions = conditions == null ? NODES.objectNode() : conditions;
        this.secretValue = secretValue;
    }

    /** The value with every intrinsic function evaluated; {@code path} names it in error messages. */
    JsonNode evaluate(JsonNode value, String path) {
        if (value == null || value.isMissingNode()) {
            return MissingNode.getInstance();
        }
        if (value.isTextual()) {
            return NODES.textNode(DYNAMIC_SECRET.matcher(value.asText()).replaceAll(Matcher.quoteReplacement(secretValue)));
        }
        if (value.isArray()) {
            ArrayNode result = NODES.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = evaluate(value.get(i), path + "[" + i + "]");
                if (!element.isMissingNode()) {
                    result.add(element);
                }
            }
            return result;
        }
        if (value.isObject() && value.size() == 1) {
            String function = value.fieldNames().next();
            JsonNode argument = value.get(function);
            switch (function) {
                case "Ref":
                    return ref(argument.asText(), path);
                case "Fn::If":
                    return evaluate(condition(argument.get(0).asText(), path) ? argument.get(1) : argument.get(2), path);
                case "Fn::Sub":
                    return NODES.textNode(sub(argument, path));
                case "Fn::Join":
                    return NODES.textNode(join(argument, path));
                case "Fn::Select":
                    return evaluate(argument.get(1), path).get(Integer.parseInt(evaluate(argument.get(0), path).asText()));
                case "Fn::Split":
                    return split(argument, path);
                case "Fn::GetAtt":
                    return NODES.textNode(getAtt(argument.get(0).asText(), argument.get(1).asText(), path));
                default:
                    if (function.startsWith("Fn::")) {
                        throw new TemplateProblem(path + ": " + function + " is not evaluated by the local stack");
                    }
            }
        }
        if (value.isObject()) {
            var result = NODES.objectNode();
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode field = evaluate(value.get(name), path + "." + name);
                if (!field.isMissingNode()) {
                    result.set(name, field);
                }
            }
            return result;
        }
        return value;
    }

    /** Evaluates one of the template's Conditions by name. */
    boolean condition(String name, String path) {
        Boolean known = evaluatedConditions.get(name);
        if (known != null) {
            return known;
        }
        JsonNode definition = conditions.get(name);
        if (definition == null) {
            throw new TemplateProblem(path + ": no condition named " + name);
        }
        boolean result = truth(definition, "Conditions." + name);
        evaluatedConditions.put(name, result);
        return result;
    }

    private boolean truth(JsonNode node, String path) {
        String function = node.isObject() && node.size() == 1 ? node.fieldNames().next() : "";
        JsonNode argument = node.get(function);
        return switch (function) {
            // CloudFormation compares values as strings: a parameter "8" equals a literal 8.
            case "Fn::Equals" -> evaluate(argument.get(0), path).asText().equals(evaluate(argument.get(1), path).asText());
            case "Fn::Not" -> !truth(argument.get(0), path);
            case "Fn::And" -> all(argument, path, true);
            case "Fn::Or" -> !all(argument, path, false);
            case "Condition" -> condition(argument.asText(), path);
            default -> throw new TemplateProblem(path + ": not a condition function: " + node);
        };
    }

    /** With {@code expected} true: whether all are true; with false: whether none is true. */
    private boolean all(JsonNode arguments, String path, boolean expected) {
        for (JsonNode argument : arguments) {
            if (truth(argument, path) != expected) {
                return false;
            }
        }
        return true;
    }

    private JsonNode ref(String name, String path) {
        if (name.equals("AWS::NoValue")) {
            return MissingNode.getInstance();
        }
        JsonNode parameter = parameters.get(name);
        if (parameter != null) {
            return parameter;
        }
        String reference = references.get(name);
        if (reference == null) {
            throw new TemplateProblem(path + ": Ref " + name + " names nothing the local stack provides");
        }
        return NODES.textNode(reference);
    }

    private String getAtt(String logicalId, String attribute, String path) {
        String value = attributes.get(logicalId + "." + attribute);
        if (value == null) {
            throw new TemplateProblem(path + ": Fn::GetAtt " + logicalId + "." + attribute
                    + " names nothing the local stack provides");
        }
        return value;
    }

    private String sub(JsonNode argument, String path) {
        String template = argument.isArray() ? argument.get(0).asText() : argument.asText();
        Map<String, String> variables = new HashMap<>();
        if (argument.isArray() && argument.size() > 1) {
            argument.get(1).fields().forEachRemaining(variable ->
                    variables.put(variable.getKey(), evaluate(variable.getValue(), path + "." + variable.getKey()).asText()));
        }
        Matcher matcher = SUB_VARIABLE.matcher(template);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = variables.containsKey(name) ? variables.get(name)
                    : name.contains(".") ? getAtt(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1), path)
                    : ref(name, path).asText();
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return evaluate(NODES.textNode(result.toString()), path).asText();
    }

    private String join(JsonNode argument, String path) {
        String delimiter = argument.get(0).asText();
        JsonNode parts = evaluate(argument.get(1), path);
        StringBuilder joined = new StringBuilder();
        for (JsonNode part : parts) {
            if (!joined.isEmpty()) {
                joined.append(delimiter);
            }
            joined.append(part.asText());
        }
        return joined.toString();
    }

    private JsonNode split(JsonNode argument, String path) {
        String delimiter = argument.get(0).asText();
        String text = evaluate(argument.get(1), path).asText();
        ArrayNode parts = NODES.arrayNode();
        for (String part : text.split(Pattern.quote(delimiter), -1)) {
            parts.add(part);
        }
        return parts;
    }
}
