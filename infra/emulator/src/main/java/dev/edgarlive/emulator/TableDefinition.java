package dev.edgarlive.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * A DynamoDB table as an {@code AWS::DynamoDB::Table} resource of the template defines it: everything that shapes
 * its behaviour (keys, indexes, billing, TTL, stream). Point-in-time recovery is left out: it changes nothing an
 * emulator run can observe.
 *
 * @param throughput present only for PROVISIONED billing
 * @param timeToLiveAttribute present when TTL is enabled
 * @param stream present when a stream is enabled
 */
public record TableDefinition(
        List<AttributeDefinition> attributes,
        List<KeySchemaElement> keySchema,
        List<GlobalSecondaryIndex> globalIndexes,
        List<LocalSecondaryIndex> localIndexes,
        BillingMode billingMode,
        Optional<ProvisionedThroughput> throughput,
        boolean serverSideEncryption,
        Optional<String> timeToLiveAttribute,
        Optional<StreamSpecification> stream) {

    public static final String RESOURCE_TYPE = "AWS::DynamoDB::Table";

    public TableDefinition {
        attributes = List.copyOf(attributes);
        keySchema = List.copyOf(keySchema);
        globalIndexes = List.copyOf(globalIndexes);
        localIndexes = List.copyOf(localIndexes);
    }

    /** Reads the table resource {@code logicalId}; every value that shapes the table must be a literal. */
    public static TableDefinition from(SamTemplate template, String logicalId) {
        TemplateNode properties = template.properties(logicalId, RESOURCE_TYPE);
        BillingMode billing = properties.optionalField("BillingMode")
                .map(mode -> BillingMode.fromValue(mode.text()))
                .orElse(BillingMode.PROVISIONED);
        if (billing == BillingMode.UNKNOWN_TO_SDK_VERSION) {
            throw properties.field("BillingMode").problem(properties.path() + ".BillingMode is not a billing mode");
        }
        return new TableDefinition(
                properties.field("AttributeDefinitions").elements().stream().map(TableDefinition::attribute).toList(),
                keySchema(properties.field("KeySchema")),
                properties.optionalField("GlobalSecondaryIndexes").map(TemplateNode::elements).orElse(List.of())
                        .stream().map(TableDefinition::globalIndex).toList(),
                properties.optionalField("LocalSecondaryIndexes").map(TemplateNode::elements).orElse(List.of())
                        .stream().map(TableDefinition::localIndex).toList(),
                billing,
                properties.optionalField("ProvisionedThroughput").map(TableDefinition::throughput),
                properties.optionalField("SSESpecification")
                        .map(sse -> sse.field("SSEEnabled").bool()).orElse(false),
                properties.optionalField("TimeToLiveSpecification")
                        .filter(ttl -> ttl.optionalField("Enabled").map(TemplateNode::bool).orElse(false))
                        .map(ttl -> ttl.field("AttributeName").text()),
                properties.optionalField("StreamSpecification")
                        .map(stream -> StreamSpecification.builder().streamEnabled(true)
                                .streamViewType(stream.field("StreamViewType").text()).build()));
    }

    /** The request that creates this table under {@code tableName}; TTL needs a call of its own afterwards. */
    public CreateTableRequest createRequest(String tableName) {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(attributes)
                .keySchema(keySchema)
                .billingMode(billingMode);
        if (!globalIndexes.isEmpty()) {
            request.globalSecondaryIndexes(globalIndexes);
        }
        if (!localIndexes.isEmpty()) {
            request.localSecondaryIndexes(localIndexes);
        }
        throughput.ifPresent(request::provisionedThroughput);
        stream.ifPresent(request::streamSpecification);
        if (serverSideEncryption) {
            request.sseSpecification(SSESpecification.builder().enabled(true).build());
        }
        return request.build();
    }

    /**
     * How an existing table differs from this definition, in words; empty when it matches. A table kept from an
     * earlier run of a long-lived emulator would otherwise go on serving an old schema without a word.
     */
    public List<String> differencesFrom(TableDescription existing) {
        List<String> differences = new ArrayList<>();
        compare(differences, "key schema", describe(keySchema), describe(existing.keySchema()));
        compare(differences, "attributes", new TreeSet<>(attributes.stream().map(TableDefinition::describe).toList()),
                new TreeSet<>(existing.attributeDefinitions().stream().map(TableDefinition::describe).toList()));
        compare(differences, "global secondary indexes",
                globalIndexes.stream().map(index -> describe(index.indexName(), index.keySchema(), index.projection()))
                        .collect(Collectors.toCollection(TreeSet::new)),
                existing.globalSecondaryIndexes().stream()
                        .map(index -> describe(index.indexName(), index.keySchema(), index.projection()))
                        .collect(Collectors.toCollection(TreeSet::new)));
        BillingMode existingBilling = existing.billingModeSummary() == null ? BillingMode.PROVISIONED
                : existing.billingModeSummary().billingMode();
        compare(differences, "billing mode", billingMode, existingBilling);
        return differences;
    }

    private static void compare(List<String> differences, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            differences.add(what + ": template.yaml has " + expected + ", the table has " + actual);
        }
    }

    private static String describe(List<KeySchemaElement> keys) {
        return keys.stream().map(key -> key.attributeName() + " " + key.keyTypeAsString())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(AttributeDefinition attribute) {
        return attribute.attributeName() + ":" + attribute.attributeTypeAsString();
    }

    private static String describe(String name, List<KeySchemaElement> keys, Projection projection) {
        String nonKey = projection.hasNonKeyAttributes() ? " " + new TreeSet<>(projection.nonKeyAttributes()) : "";
        return name + describe(keys) + " " + projection.projectionTypeAsString() + nonKey;
    }

    private static AttributeDefinition attribute(TemplateNode node) {
        return AttributeDefinition.builder()
                .attributeName(node.field("AttributeName").text())
                .attributeType(node.field("AttributeType").text())
                .build();
    }

    private static List<KeySchemaElement> keySchema(TemplateNode node) {
        return node.elements().stream()
                .map(element -> KeySchemaElement.builder()
                        .attributeName(element.field("AttributeName").text())
                        .keyType(element.field("KeyType").text())
                        .build())
                .toList();
    }

    private static GlobalSecondaryIndex globalIndex(TemplateNode node) {
        GlobalSecondaryIndex.Builder index = GlobalSecondaryIndex.builder()
                .indexName(node.field("IndexName").text())
                .keySchema(keySchema(node.field("KeySchema")))
                .projection(projection(node.field("Projection")));
        node.optionalField("ProvisionedThroughput").map(TableDefinition::throughput).ifPresent(index::provisionedThroughput);
        return index.build();
    }

    private static LocalSecondaryIndex localIndex(TemplateNode node) {
        return LocalSecondaryIndex.builder()
                .indexName(node.field("IndexName").text())
                .keySchema(keySchema(node.field("KeySchema")))
                .projection(projection(node.field("Projection")))
                .build();
    }

    private static Projection projection(TemplateNode node) {
        Projection.Builder projection = Projection.builder().projectionType(node.field("ProjectionType").text());
        node.optionalField("NonKeyAttributes").ifPresent(attributes ->
                projection.nonKeyAttributes(attributes.elements().stream().map(TemplateNode::text).toList()));
        return projection.build();
    }

    private static ProvisionedThroughput throughput(TemplateNode node) {
        return ProvisionedThroughput.builder()
                .readCapacityUnits(node.field("ReadCapacityUnits").number())
                .writeCapacityUnits(node.field("WriteCapacityUnits").number())
                .build();
    }
}
