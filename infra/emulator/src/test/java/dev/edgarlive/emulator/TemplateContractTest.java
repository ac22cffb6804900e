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
    void theBucketSendsFilingEventsToTheIngestQueueAndArchivesToTheArchiveQueue() {
        BucketDefinition bucket = resources.bucket();

        assertThat(bucket.notifiedQueues()).containsExactly("IngestQueue", "ArchiveQueue");
        assertThat(bucket.notificationsTo("IngestQueue")).extracting(QueueNotification::event)
                .containsExactlyInAnyOrder("s3:ObjectCreated:*", "s3:ObjectRemoved:*");
        assertThat(bucket.notificationsTo("IngestQueue")).extracting(QueueNotification::prefix).containsOnly("filings/");
        // Only creations: an archive's removal leaves its unpacked members, which are filings of their own.
        assertThat(bucket.notificationsTo("ArchiveQueue")).extracting(QueueNotification::event)
                .containsExactly("s3:ObjectCreated:*");
        assertThat(bucket.notificationsTo("ArchiveQueue")).extracting(QueueNotification::prefix)
                .containsOnly("archives/");
    }

    @Test
    void theBucketMayOnlyNotifyOnceItsQueuesLetItSend() {
        // S3 checks the queue policy when the notification is set: without DependsOn the deploy fails at random.
        JsonNode tree = resources.template().tree();
        JsonNode dependsOn = tree.at("/Resources/FilingsBucket/DependsOn");
        List<String> dependencies = new ArrayList<>();
        if (dependsOn.isArray()) {
            dependsOn.forEach(d -> dependencies.add(d.asText()));
        } else {
            dependencies.add(dependsOn.asText());
        }
        assertThat(dependencies).hasSize(1);
        JsonNode policy = tree.at("/Resources/" + dependencies.get(0));
        assertThat(policy.path("Type").asText()).isEqualTo("AWS::SQS::QueuePolicy");
        List<String> covered = new ArrayList<>();
        policy.at("/Properties/Queues").forEach(q -> covered.add(q.path("Ref").asText()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(resources.bucket().notifiedQueues());
        JsonNode statement = policy.at("/Properties/PolicyDocument/Statement/0");
        assertThat(statement.at("/Principal/Service").asText()).isEqualTo("s3.amazonaws.com");
        assertThat(statement.at("/Action").asText()).isEqualTo("sqs:SendMessage");
        assertThat(statement.at("/Condition/StringEquals/aws:SourceAccount/Ref").asText()).isEqualTo("AWS::AccountId");
    }

    @Test
    void everyQueueAFunctionReadsStaysHiddenForSixTimeoutsAndTheLongestBatchingWindow() {
        // AWS's guidance for an SQS event source: a visibility timeout shorter than that hands a message that is
        // still being worked on to a second invocation.
        List<SqsSource> sources = sqsSources();

        assertThat(sources).extracting(SqsSource::function)
                .contains("IngestFunction", "UnpackFunction");
        assertThat(sources).allSatisfy(source -> {
            int visibility = resources.queues().get(source.queue()).visibilityTimeoutSeconds().orElse(30);
            assertThat(visibility).as("%s's VisibilityTimeout", source.queue())
                    .isGreaterThanOrEqualTo(6 * source.timeoutSeconds() + source.longestWindowSeconds());
        });
    }

    @Test
    void everyQueueAFunctionReadsReportsItemFailuresAndEndsInTheDeadLetterQueue() {
        assertThat(sqsSources()).allSatisfy(source -> {
            assertThat(source.reportsItemFailures()).as("%s of %s", source.queue(), source.function()).isTrue();
            QueueDefinition queue = resources.queues().get(source.queue());
            assertThat(queue.redrive()).as("%s's RedrivePolicy", source.queue())
                    .hasValueSatisfying(r -> assertThat(r.deadLetterQueue()).isEqualTo("IngestDeadLetterQueue"));
        });
        assertThat(resources.queues().get("IngestDeadLetterQueue").redrive()).isEmpty();
    }

    @Test
    void snapStartOnTheJvmBuildOnlyAndEveryFunctionCalledThroughItsAlias() {
        JsonNode globals = resources.template().tree().at("/Globals/Function");

        assertThat(globals.at("/SnapStart/ApplyOn/Fn::If/0").asText()).isEqualTo("IsNative");
        assertThat(globals.at("/SnapStart/ApplyOn/Fn::If/1").asText()).isEqualTo("None");
        assertThat(globals.at("/SnapStart/ApplyOn/Fn::If/2").asText()).isEqualTo("PublishedVersions");
        // SAM points event source mappings and API integrations at the alias, i.e. at a snapshotted version.
        assertThat(globals.path("AutoPublishAlias").asText()).isNotBlank();
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
                    "(arn:\\$\\{AWS::Partition}:s3:::)?" + java.util.regex.Pattern.quote(name) + "(/[a-z]+)*(/\\*)?");
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

    /** One SQS event source of a function: its queue, the function's timeout, the batching window's ceiling. */
    private record SqsSource(String function, String queue, int timeoutSeconds, int longestWindowSeconds,
                             boolean reportsItemFailures) {
    }

    private List<SqsSource> sqsSources() {
        JsonNode tree = resources.template().tree();
        int globalTimeout = tree.at("/Globals/Function/Timeout").asInt(3);
        List<SqsSource> sources = new ArrayList<>();
        tree.path("Resources").fields().forEachRemaining(resource -> {
            JsonNode properties = resource.getValue().path("Properties");
            if (!resource.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
                return;
            }
            int timeout = properties.path("Timeout").asInt(globalTimeout);
            properties.path("Events").forEach(event -> {
                if (!event.path("Type").asText().equals("SQS")) {
                    return;
                }
                JsonNode source = event.path("Properties");
                JsonNode window = source.path("MaximumBatchingWindowInSeconds");
                int longestWindow = window.has("Ref")
                        ? tree.at("/Parameters/" + window.path("Ref").asText() + "/MaxValue").asInt()
                        : window.asInt(0);
                List<String> responseTypes = new ArrayList<>();
                source.path("FunctionResponseTypes").forEach(t -> responseTypes.add(t.asText()));
                sources.add(new SqsSource(resource.getKey(), source.at("/Queue/Fn::GetAtt/0").asText(), timeout,
                        longestWindow, responseTypes.contains("ReportBatchItemFailures")));
            });
        });
        return sources;
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
