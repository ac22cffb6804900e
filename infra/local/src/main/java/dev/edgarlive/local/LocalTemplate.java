package dev.edgarlive.local;

import dev.edgarlive.emulator.SamTemplate;
import dev.edgarlive.emulator.TemplateException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What template.yaml deploys, evaluated for one local stack: the names of bucket and table, and each function with its
 * package, handler, memory, timeout, environment, HTTP routes and queue subscriptions.
 * Nothing about the functions is written down twice: a new environment variable, route or timeout in the template
 * reaches the local stack as it reaches AWS.
 */
public final class LocalTemplate {

    static final String FUNCTION_TYPE = "AWS::Serverless::Function";
    static final String BUCKET = "FilingsBucket";
    static final String TABLE = "FilingsTable";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ACCOUNT = "000000000000";
    private static final String REGION = "us-east-1";
    private static final List<String> RUNTIME_PROPERTIES =
            List.of("CodeUri", "Handler", "MemorySize", "Timeout", "Environment");

    private final JsonNode root;
    private final Path directory;
    private final String stackName;
    private final Map<String, JsonNode> parameters;

    private LocalTemplate(JsonNode root, Path directory, String stackName) {
        this.root = root;
        this.directory = directory;
        this.stackName = stackName;
        this.parameters = parametersOf(root, stackName);
    }

    /** Reads the template through the emulator module's reader, which provisioning also uses. */
    public static LocalTemplate read(Path template, String stackName) {
        Path absolute = template.toAbsolutePath().normalize();
        try {
            return new LocalTemplate(SamTemplate.load(absolute).tree(), absolute.getParent(), stackName);
        } catch (TemplateException unreadable) {
            throw new TemplateProblem(unreadable.getMessage());
        }
    }

    /** The bucket's name: its BucketName as the template computes it for this stack, else one made up as CloudFormation does. */
    public String bucketName() {
        JsonNode name = resource(BUCKET).path("Properties").path("BucketName");
        return name.isMissingNode() ? generatedName(BUCKET).toLowerCase() : evaluate(name, "Resources." + BUCKET + ".Properties.BucketName").asText();
    }

    public String tableName() {
        JsonNode name = resource(TABLE).path("Properties").path("TableName");
        return name.isMissingNode() ? generatedName(TABLE) : evaluate(name, "Resources." + TABLE + ".Properties.TableName").asText();
    }

    /** The CORS rules of the template's HTTP API, if it has any. */
    Optional<CorsRules> cors() {
        for (Map.Entry<String, JsonNode> api : resourcesOfType("AWS::Serverless::HttpApi").entrySet()) {
            JsonNode configuration = api.getValue().path("Properties").path("CorsConfiguration");
            if (configuration.isObject()) {
                String path = "Resources." + api.getKey() + ".Properties.CorsConfiguration";
                return Optional.of(CorsRules.of(intrinsics(Map.of(), Map.of(), "").evaluate(configuration, path)));
            }
        }
        return Optional.empty();
    }

    /** The name CloudFormation would give a resource without an explicit one: stack, logical id, suffix. */
    public String generatedName(String logicalId) {
        return stackName + "-" + logicalId + "-" + stackUuid().substring(0, 8);
    }

    /**
     * Every function of the template, evaluated for a stack whose resources are {@code deployed}.
     *
     * @param deployed    what Ref gives for each resource the local stack created (logical id to name or URL)
     * @param arns        the ARN of each of those resources, for Fn::GetAtt X.Arn
     * @param secretValue what secrets the functions resolve through dynamic references are, locally
     */
    public List<DeployedFunction> functions(Map<String, String> deployed, Map<String, String> arns, String secretValue) {
        Intrinsics intrinsics = intrinsics(deployed, arns, secretValue);
        List<DeployedFunction> functions = new ArrayList<>();
        JsonNode globals = root.path("Globals").path("Function");
        for (Map.Entry<String, JsonNode> entry : functionResources().entrySet()) {
            String id = entry.getKey();
            String path = "Resources." + id + ".Properties";
            JsonNode properties = merged(globals, entry.getValue().path("Properties"));
            JsonNode evaluated = intrinsics.evaluate(runtimeProperties(properties), path);
            functions.add(new DeployedFunction(spec(id, evaluated, path), routes(id, properties.path("Events")),
                    queueSources(properties.path("Events"), intrinsics, path + ".Events")));
        }
        return functions;
    }

    Intrinsics intrinsics(Map<String, String> deployed, Map<String, String> arns, String secretValue) {
        Map<String, String> references = new HashMap<>(deployed);
        Map<String, String> attributes = new HashMap<>();
        arns.forEach((id, arn) -> attributes.put(id + ".Arn", arn));
        for (Iterator<String> ids = root.path("Resources").fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            if (root.path("Resources").path(id).path("Type").asText().equals("AWS::SecretsManager::Secret")) {
                references.putIfAbsent(id, "arn:aws:secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:" + id);
            }
        }
        return new Intrinsics(parameters, references, attributes, root.path("Conditions"), secretValue);
    }

    private FunctionSpec spec(String id, JsonNode properties, String path) {
        Map<String, String> environment = new LinkedHashMap<>();
        properties.path("Environment").path("Variables").fields().forEachRemaining(variable -> {
            if (!variable.getValue().isValueNode()) {
                // CloudFormation refuses it too: an environment variable is a string, never a list.
                throw new TemplateProblem("template.yaml: " + path + ".Environment.Variables." + variable.getKey()
                        + " is not a string but " + variable.getValue());
            }
            environment.put(variable.getKey(), variable.getValue().asText());
        });
        String codeUri = required(properties, "CodeUri", path);
        return new FunctionSpec(id, directory.resolve(codeUri).normalize(), required(properties, "Handler", path),
                properties.path("MemorySize").asInt(128), Duration.ofSeconds(properties.path("Timeout").asInt(3)),
                environment);
    }

    private static List<HttpRoute> routes(String function, JsonNode events) {
        List<HttpRoute> routes = new ArrayList<>();
        events.fields().forEachRemaining(event -> {
            JsonNode properties = event.getValue().path("Properties");
            if (event.getValue().path("Type").asText().equals("HttpApi")) {
                routes.add(new HttpRoute(properties.path("Method").asText("ANY").toUpperCase(),
                        properties.path("Path").asText("/{proxy+}"), function));
            }
        });
        return routes;
    }

    /**
     * The function's SQS event sources, their batch settings evaluated (parameters at their defaults). The queue is
     * named by its logical id, read from {@code Queue: !GetAtt X.Arn}: the local stack knows each queue by it.
     */
    private static List<SqsEventSource> queueSources(JsonNode events, Intrinsics intrinsics, String path) {
        List<SqsEventSource> sources = new ArrayList<>();
        events.fields().forEachRemaining(event -> {
            if (!event.getValue().path("Type").asText().equals("SQS")) {
                return;
            }
            String at = path + "." + event.getKey() + ".Properties";
            JsonNode properties = event.getValue().path("Properties");
            JsonNode queue = properties.path("Queue").path("Fn::GetAtt");
            String queueId = queue.isArray() ? queue.get(0).asText()
                    : queue.asText("").replaceFirst("\\.Arn$", "");
            if (queueId.isBlank()) {
                throw new TemplateProblem("template.yaml: " + at + ".Queue must be !GetAtt <queue>.Arn");
            }
            ObjectNode settings = NODES.objectNode();
            for (String name : List.of("BatchSize", "MaximumBatchingWindowInSeconds", "ScalingConfig",
                    "FunctionResponseTypes")) {
                if (properties.has(name)) {
                    settings.set(name, properties.get(name));
                }
            }
            JsonNode evaluated = intrinsics.evaluate(settings, at);
            boolean reportsItemFailures = false;
            for (JsonNode type : evaluated.path("FunctionResponseTypes")) {
                reportsItemFailures |= type.asText().equals("ReportBatchItemFailures");
            }
            sources.add(new SqsEventSource(event.getKey(), queueId, evaluated.path("BatchSize").asInt(10),
                    Duration.ofSeconds(evaluated.path("MaximumBatchingWindowInSeconds").asInt(0)),
                    evaluated.path("ScalingConfig").path("MaximumConcurrency").asInt(1000), reportsItemFailures));
        });
        return sources;
    }

    /** SAM's Globals: the function's own properties win, and maps (Environment.Variables) are merged. */
    private static JsonNode merged(JsonNode globals, JsonNode own) {
        if (!globals.isObject() || !own.isObject()) {
            return own.isMissingNode() ? globals : own;
        }
        ObjectNode result = ((ObjectNode) globals).deepCopy();
        own.fields().forEachRemaining(field -> {
            JsonNode global = result.get(field.getKey());
            boolean mergeable = global != null && global.isObject() && field.getValue().isObject()
                    && !isIntrinsic(global) && !isIntrinsic(field.getValue());
            result.set(field.getKey(), mergeable ? merged(global, field.getValue()) : field.getValue());
        });
        return result;
    }

    private static boolean isIntrinsic(JsonNode node) {
        if (node.size() != 1) {
            return false;
        }
        String name = node.fieldNames().next();
        return name.equals("Ref") || name.startsWith("Fn::");
    }

    /**
     * The properties that shape how the function runs. Policies, tracing and the like are AWS's business; the
     * events name the API and the bucket by Ref and are read unevaluated.
     */
    private static JsonNode runtimeProperties(JsonNode properties) {
        ObjectNode subset = NODES.objectNode();
        for (String name : RUNTIME_PROPERTIES) {
            if (properties.has(name)) {
                subset.set(name, properties.get(name));
            }
        }
        return subset;
    }

    private Map<String, JsonNode> functionResources() {
        return resourcesOfType(FUNCTION_TYPE);
    }

    private Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> resources = new LinkedHashMap<>();
        root.path("Resources").fields().forEachRemaining(resource -> {
            if (resource.getValue().path("Type").asText().equals(type)) {
                resources.put(resource.getKey(), resource.getValue());
            }
        });
        return resources;
    }

    private JsonNode resource(String logicalId) {
        JsonNode resource = root.path("Resources").path(logicalId);
        if (resource.isMissingNode()) {
            throw new TemplateProblem("template.yaml: no resource " + logicalId + " under Resources");
        }
        return resource;
    }

    private JsonNode evaluate(JsonNode value, String path) {
        return intrinsics(Map.of(), Map.of(), "").evaluate(value, path);
    }

    private static String required(JsonNode properties, String name, String path) {
        JsonNode value = properties.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new TemplateProblem("template.yaml: " + path + "." + name + " is missing (Globals do not give it either)");
        }
        return value.asText();
    }

    private String stackUuid() {
        return UUID.nameUUIDFromBytes(stackName.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Parameter defaults and the pseudo parameters of a stack {@code stackName} in the local account. */
    private static Map<String, JsonNode> parametersOf(JsonNode root, String stackName) {
        Map<String, JsonNode> values = new HashMap<>();
        root.path("Parameters").fields().forEachRemaining(parameter -> {
            JsonNode definition = parameter.getValue();
            String text = definition.path("Default").asText("");
            if (definition.path("Type").asText().equals("CommaDelimitedList")) {
                var list = NODES.arrayNode();
                for (String item : text.split(",", -1)) {
                    list.add(item.strip());
                }
                values.put(parameter.getKey(), list);
            } else {
                values.put(parameter.getKey(), NODES.textNode(text));
            }
        });
        String uuid = UUID.nameUUIDFromBytes(stackName.getBytes(StandardCharsets.UTF_8)).toString();
        values.put("AWS::StackName", NODES.textNode(stackName));
        values.put("AWS::StackId", NODES.textNode("arn:aws:cloudformation:" + REGION + ":" + ACCOUNT + ":stack/"
                + stackName + "/" + uuid));
        values.put("AWS::Region", NODES.textNode(REGION));
        values.put("AWS::AccountId", NODES.textNode(ACCOUNT));
        values.put("AWS::Partition", NODES.textNode("aws"));
        values.put("AWS::URLSuffix", NODES.textNode("amazonaws.com"));
        return values;
    }

    /**
     * One function as deployed on the local stack.
     *
     * @param routes       the HTTP API routes that invoke it
     * @param queueSources the queues whose messages invoke it (SAM's SQS events)
     */
    public record DeployedFunction(FunctionSpec spec, List<HttpRoute> routes, List<SqsEventSource> queueSources) {

        public DeployedFunction {
            routes = List.copyOf(routes);
            queueSources = List.copyOf(queueSources);
        }
    }
}
