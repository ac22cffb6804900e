package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * What the store and the functions rely on in template.yaml: the table's keys and indexes, and the prefix that
 * scopes the ingest trigger. Changing one of these in the template must be a decision that also changes the
 * code, so a change fails here first.
 */
class TemplateContractTest {

    private final TemplateResources resources = TemplateResources.load();

    @Test
    void tableIsKeyedByPkAndSk() {
        assertThat(keys(resources.table().keySchema())).isEqualTo("PK HASH, SK RANGE");
        assertThat(resources.table().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    }

    @Test
    void tableHasTheThreeIndexesTheStoreQueries() {
        Map<String, String> indexes = resources.table().globalIndexes().stream()
                .collect(Collectors.toMap(GlobalSecondaryIndex::indexName, index -> keys(index.keySchema())));

        assertThat(indexes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GSI1", "GSI1PK HASH, GSI1SK RANGE",
                "GSI2", "GSI2PK HASH, GSI2SK RANGE",
                "GSI3", "GSI3PK HASH, GSI3SK RANGE"));
        assertThat(resources.table().globalIndexes())
                .allSatisfy(index -> assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL));
    }

    @Test
    void everyKeyAttributeIsAString() {
        assertThat(resources.table().attributes())
                .allSatisfy(attribute -> assertThat(attribute.attributeTypeAsString()).isEqualTo("S"))
                .hasSize(8);
    }

    @Test
    void ingestHearsCreatesAndRemovesUnderFilingsOnly() {
        List<S3Subscription> subscriptions = resources.bucket().subscriptions();

        assertThat(subscriptions).extracting(S3Subscription::function).containsOnly("IngestFunction");
        assertThat(subscriptions).flatExtracting(S3Subscription::events)
                .containsExactlyInAnyOrder("s3:ObjectCreated:*", "s3:ObjectRemoved:*");
        assertThat(resources.bucket().notificationPrefix()).isEqualTo("filings/");
    }

    @Test
    void bucketIsEncryptedAndUnversioned() {
        assertThat(resources.bucket().encryptionAlgorithm()).contains("AES256");
        // Deletes in a versioned bucket become delete markers, which moto_server does not notify: the local
        // stack would stop seeing deletes.
        assertThat(resources.bucket().versioning()).isEmpty();
    }

    @Test
    void everyPlaceThatNamesTheBucketComputesTheSameName() {
        // The functions cannot Ref the bucket (its notification already points at them: a cycle), so its name is
        // computed from the stack id in several places. They must agree, or a deploy works and then gets 403s.
        JsonNode tree = resources.template().tree();
        JsonNode bucketName = tree.at("/Resources/FilingsBucket/Properties/BucketName/Fn::Sub");
        String name = bucketName.get(0).asText();
        JsonNode variables = bucketName.get(1);
        List<JsonNode> uses = new ArrayList<>();
        collectSubsMentioning(tree, "edgar-live-filings-", uses);

        assertThat(uses).hasSizeGreaterThanOrEqualTo(5);
        assertThat(uses).allSatisfy(use -> {
            assertThat(use.get(1)).as("variables of %s", use).isEqualTo(variables);
            assertThat(use.get(0).asText()).matches(
                    "(arn:\\$\\{AWS::Partition}:s3:::)?" + java.util.regex.Pattern.quote(name) + "(/[a-z]+/\\*)?");
        });
    }

    @Test
    void queryOnlyReads() {
        JsonNode statements = resources.template().tree()
                .at("/Resources/QueryFunction/Properties/Policies/0/Statement");
        List<String> actions = new ArrayList<>();
        statements.forEach(statement -> statement.path("Action").forEach(action -> actions.add(action.asText())));
        statements.forEach(statement -> {
            if (statement.path("Action").isTextual()) {
                actions.add(statement.path("Action").asText());
            }
        });

        assertThat(actions).isNotEmpty().allSatisfy(action ->
                assertThat(action).matches("(dynamodb:(GetItem|BatchGetItem|Query)|s3:GetObject"
                        + "|secretsmanager:GetSecretValue)"));
    }

    private static void collectSubsMentioning(JsonNode node, String text, List<JsonNode> found) {
        JsonNode sub = node.get("Fn::Sub");
        if (sub != null && sub.isArray() && sub.get(0).asText().contains(text)) {
            found.add(sub);
        }
        node.forEach(child -> collectSubsMentioning(child, text, found));
    }

    private static String keys(List<KeySchemaElement> schema) {
        return schema.stream().map(key -> key.attributeName() + " " + key.keyTypeAsString())
                .collect(Collectors.joining(", "));
    }
}
