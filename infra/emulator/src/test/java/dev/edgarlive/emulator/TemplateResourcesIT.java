package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketNotificationConfigurationResponse;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Provisioning against the real emulator, checked against template.yaml as read by a plain YAML parser. */
@RequiresEmulator
class TemplateResourcesIT {

    private static AwsEmulator emulator;
    private static JsonNode rawTemplate;

    @TempDir
    Path directory;

    @BeforeAll
    static void emulatorAndTemplate() throws IOException {
        emulator = AwsEmulator.shared();
        rawTemplate = new YAMLMapper().readTree(SamTemplate.locate().toFile());
    }

    @Test
    void tableMatchesTheTemplateKeysIndexesAndBilling() {
        ProvisionedResources provisioned = TemplateResources.load().provision(emulator, ResourceNames.unique("it"));
        JsonNode expected = rawTemplate.path("Resources").path(TemplateResources.TABLE).path("Properties");

        TableDescription table;
        try (DynamoDbClient dynamoDb = emulator.dynamoDb()) {
            table = dynamoDb.describeTable(request -> request.tableName(provisioned.table())).table();
        }

        assertThat(keys(table.keySchema())).isEqualTo(keys(expected.path("KeySchema")));
        assertThat(table.attributeDefinitions().stream()
                .map(a -> a.attributeName() + ":" + a.attributeTypeAsString()).collect(Collectors.toSet()))
                .isEqualTo(stream(expected.path("AttributeDefinitions"))
                        .map(a -> a.path("AttributeName").asText() + ":" + a.path("AttributeType").asText())
                        .collect(Collectors.toSet()));
        assertThat(indexes(table.globalSecondaryIndexes())).isEqualTo(indexes(expected.path("GlobalSecondaryIndexes")));
        assertThat(table.billingModeSummary().billingModeAsString()).isEqualTo(expected.path("BillingMode").asText());
    }

    @Test
    void provisioningTwiceKeepsWhatExists() {
        ResourceNames names = ResourceNames.unique("again");
        TemplateResources resources = TemplateResources.load();
        resources.provision(emulator, names);
        try (S3Client s3 = emulator.s3()) {
            s3.putObject(request -> request.bucket(names.bucket()).key("filings/kept.txt"), RequestBody.fromString("x"));
        }

        resources.provision(emulator, names);

        try (S3Client s3 = emulator.s3()) {
            assertThat(s3.getObjectAsBytes(request -> request.bucket(names.bucket()).key("filings/kept.txt"))
                    .asUtf8String()).isEqualTo("x");
        }
    }

    @Test
    void bucketVersioningAndEncryptionAreAsTheTemplateSays() {
        ProvisionedResources provisioned = TemplateResources.load().provision(emulator, ResourceNames.unique("bkt"));
        JsonNode expected = rawTemplate.path("Resources").path(TemplateResources.BUCKET).path("Properties");

        try (S3Client s3 = emulator.s3()) {
            // A bucket never versioned reports no status at all.
            assertThat(s3.getBucketVersioning(request -> request.bucket(provisioned.bucket())).statusAsString())
                    .isEqualTo(expected.path("VersioningConfiguration").path("Status").textValue());
            assertThat(s3.getBucketEncryption(request -> request.bucket(provisioned.bucket()))
                    .serverSideEncryptionConfiguration().rules().get(0)
                    .applyServerSideEncryptionByDefault().sseAlgorithmAsString())
                    .isEqualTo(expected.path("BucketEncryption").path("ServerSideEncryptionConfiguration")
                            .path(0).path("ServerSideEncryptionByDefault").path("SSEAlgorithm").asText());
        }
    }

    @Test
    void aChangedTemplateChangesTheTable() throws IOException {
        String original = Files.readString(SamTemplate.locate());
        String withFourthIndex = original.replace("""
                        - IndexName: GSI3
                """, """
                        - IndexName: GSI4
                          KeySchema:
                            - { AttributeName: GSI1SK, KeyType: HASH }
                          Projection:
                            ProjectionType: KEYS_ONLY
                        - IndexName: GSI3
                """);
        assertThat(withFourthIndex).as("the template's GSI3 entry moved; update this test").isNotEqualTo(original);
        Path changed = Files.writeString(directory.resolve("template.yaml"), withFourthIndex);

        ProvisionedResources provisioned = TemplateResources.from(SamTemplate.load(changed))
                .provision(emulator, ResourceNames.unique("changed"));

        try (DynamoDbClient dynamoDb = emulator.dynamoDb()) {
            assertThat(indexes(dynamoDb.describeTable(request -> request.tableName(provisioned.table())).table()
                    .globalSecondaryIndexes())).contains("GSI4(GSI1SK HASH)KEYS_ONLY");
        }
    }

    @Test
    void anExistingTableOfAnotherShapeIsRefusedWithTheDifferences() throws IOException {
        ResourceNames names = ResourceNames.unique("drift");
        TemplateResources.load().provision(emulator, names);
        String original = Files.readString(SamTemplate.locate());
        String withoutGsi3 = original.replace("- IndexName: GSI3", "- IndexName: GSI3renamed");
        assertThat(withoutGsi3).as("the template's GSI3 entry moved; update this test").isNotEqualTo(original);
        TemplateResources changed = TemplateResources.from(
                SamTemplate.load(Files.writeString(directory.resolve("template.yaml"), withoutGsi3)));

        assertThatThrownBy(() -> changed.provision(emulator, names))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Table " + names.table() + " exists")
                .hasMessageContaining("global secondary indexes")
                .hasMessageContaining("GSI3renamed");
    }

    @Test
    void uploadsReachTheQueueTheTemplateNamesForTheirPrefixAndNothingElseDoes() {
        TemplateResources resources = TemplateResources.load();
        ResourceNames names = ResourceNames.unique("wired");
        ProvisionedResources provisioned = resources.provision(emulator, names);
        Map<String, EventQueue> queues = resources.provisionQueues(emulator, provisioned.bucket(), names.queue());
        EventQueue ingest = queues.get("IngestQueue");
        EventQueue archives = queues.get("ArchiveQueue");

        try (S3Client s3 = emulator.s3(); SqsClient sqs = emulator.sqs()) {
            GetBucketNotificationConfigurationResponse notifications =
                    s3.getBucketNotificationConfiguration(request -> request.bucket(provisioned.bucket()));
            assertThat(notifications.queueConfigurations()).extracting(QueueConfiguration::queueArn)
                    .containsOnly(ingest.arn(), archives.arn());

            s3.putObject(request -> request.bucket(provisioned.bucket()).key("derived/not-for-ingest.txt"),
                    RequestBody.fromString("derived"));
            s3.putObject(request -> request.bucket(provisioned.bucket()).key("filings/a filing.txt"),
                    RequestBody.fromString("filing"));
            s3.deleteObject(request -> request.bucket(provisioned.bucket()).key("filings/a filing.txt"));
            s3.putObject(request -> request.bucket(provisioned.bucket()).key("archives/day.nc.tar.gz"),
                    RequestBody.fromString("archive"));

            List<String> events = eventsReceived(sqs, ingest, 2);
            assertThat(events).hasSize(2);
            assertThat(events.get(0)).contains("ObjectCreated").contains("filings");
            assertThat(events.get(1)).contains("ObjectRemoved");
            assertThat(String.join("\n", events)).doesNotContain("derived").doesNotContain("archives");
            List<String> archiveEvents = eventsReceived(sqs, archives, 1);
            assertThat(archiveEvents).singleElement().asString().contains("archives").contains("day.nc.tar.gz");
        }
    }

    @Test
    void queuesGetTheTemplatesVisibilityTimeoutAndRedriveToTheDeadLetterQueueItNames() {
        TemplateResources resources = TemplateResources.load();
        ResourceNames names = ResourceNames.unique("queues");
        ProvisionedResources provisioned = resources.provision(emulator, names);
        Map<String, EventQueue> queues = resources.provisionQueues(emulator, provisioned.bucket(), names.queue());

        try (SqsClient sqs = emulator.sqs()) {
            Map<QueueAttributeName, String> ingest = sqs.getQueueAttributes(request -> request
                    .queueUrl(queues.get("IngestQueue").url()).attributeNames(QueueAttributeName.ALL)).attributes();
            assertThat(ingest.get(QueueAttributeName.VISIBILITY_TIMEOUT)).isEqualTo(
                    resources.queues().get("IngestQueue").visibilityTimeoutSeconds().orElseThrow().toString());
            assertThat(ingest.get(QueueAttributeName.REDRIVE_POLICY))
                    .contains(queues.get("IngestDeadLetterQueue").arn()).containsPattern("\"maxReceiveCount\": ?3\\b");
        }
        // Provisioning again keeps what is there.
        assertThat(resources.provisionQueues(emulator, provisioned.bucket(), names.queue())).isEqualTo(queues);
    }

    /** S3 event records from the queue, skipping the s3:TestEvent some emulators send on wiring. */
    private static List<String> eventsReceived(SqsClient sqs, EventQueue queue, int expected) {
        List<String> events = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (Message message : sqs.receiveMessage(request -> request.queueUrl(queue.url())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                if (!message.body().contains("s3:TestEvent")) {
                    events.add(message.body());
                }
                sqs.deleteMessage(request -> request.queueUrl(queue.url()).receiptHandle(message.receiptHandle()));
            }
            if (events.size() >= expected) {
                // One more short poll, so that an unwanted extra event (a derived/ key) would be seen.
                sqs.receiveMessage(request -> request.queueUrl(queue.url()).waitTimeSeconds(1)).messages()
                        .stream().filter(m -> !m.body().contains("s3:TestEvent")).map(Message::body)
                        .forEach(events::add);
                return events;
            }
        }
        return events;
    }

    private static String keys(List<KeySchemaElement> schema) {
        return schema.stream().map(k -> k.attributeName() + " " + k.keyTypeAsString())
                .collect(Collectors.joining(","));
    }

    private static String keys(JsonNode schema) {
        return stream(schema).map(k -> k.path("AttributeName").asText() + " " + k.path("KeyType").asText())
                .collect(Collectors.joining(","));
    }

    private static Set<String> indexes(List<GlobalSecondaryIndexDescription> indexes) {
        return indexes.stream().map(index -> index.indexName() + "(" + keys(index.keySchema()) + ")"
                + index.projection().projectionTypeAsString()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> indexes(JsonNode indexes) {
        return stream(indexes).map(index -> index.path("IndexName").asText() + "(" + keys(index.path("KeySchema"))
                + ")" + index.path("Projection").path("ProjectionType").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
