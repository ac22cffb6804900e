package dev.edgarlive.ingest;

import dev.edgarlive.emulator.EmulatorTestResource;
import dev.edgarlive.emulator.ProjectFiles;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Item;
import dev.edgarlive.store.FailureRecord;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.StoredFiling;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.mockito.InjectSpy;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest function end to end on the AWS API emulator: real S3 objects, the real table made from
 * template.yaml, and batches of queue messages carrying S3 events posted to Quarkus's mock Lambda event server as
 * Lambda's SQS event source would deliver them. What the function made of each record is read from its telemetry
 * (one report per record, as its log lines), what it asks to have retried from its answer.
 */
@QuarkusTest
@RequiresEmulator
@WithTestResource(value = EmulatorTestResource.class, initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG, value = "ingest"))
class IngestFunctionIT {

    static final String SEED = "8k_hecla-mining_2000-11-28_seed.txt";
    static final String SEED_KEY = "filings/" + SEED;
    static final String SEED_ID = "sha256-87eed33c2b6fca1e6e8943babf15648a";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Inject
    S3Client s3;

    @Inject
    DynamoDbClient dynamo;

    @Inject
    FilingStore store;

    @ConfigProperty(name = "edgar.bucket")
    String bucket;

    @ConfigProperty(name = "edgar.table")
    String table;

    @InjectSpy
    IngestTelemetry telemetry;

    @Test
    void theSeedEventStoresTheSeedFiling() {
        put(SEED_KEY, sample(SEED));

        RecordOutcome outcome = single(invoke(ProjectFiles.event("sqs-s3-put-seed.json", bucket)));

        assertThat(outcome.outcome()).isIn(RecordOutcome.Outcome.STORED, RecordOutcome.Outcome.UNCHANGED);
        assertThat(outcome.filingId()).isEqualTo(SEED_ID);
        StoredFiling stored = store.findFiling(SEED_ID, true).orElseThrow();
        assertThat(stored.filing().company().name()).isEqualTo("Hecla Mining Company");
        assertThat(stored.filing().items()).extracting(Item::code, Item::normalizedCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5", "8.01"),
                        org.assertj.core.groups.Tuple.tuple("7", "9.01"));
        assertThat(stored.filing().exhibits()).extracting(Exhibit::number).contains("10.1", "99.1");
        assertThat(stored.filing().signatures()).anySatisfy(s -> assertThat(s.name()).isEqualTo("Michael B. White"));
        assertThat(stored.sourceKeys()).contains(SEED_KEY);
    }

    @Test
    void theSameEventTwiceLeavesExactlyTheSameData() {
        String key = "filings/twice/" + SEED;
        put(key, sample(SEED));
        String event = createdEvent(key);

        invoke(event);
        Map<String, Map<String, ?>> before = tableSnapshot();
        RecordOutcome second = single(invoke(event));
        Map<String, Map<String, ?>> after = tableSnapshot();

        assertThat(second.outcome()).isEqualTo(RecordOutcome.Outcome.UNCHANGED);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theDeleteEventRemovesTheFilingSoQueriesStopReturningIt() {
        byte[] content = uniqueFiling("delete-me");
        String key = "filings/delete/one.txt";
        put(key, content);
        String id = single(invoke(createdEvent(key))).filingId();
        assertThat(store.findFiling(id, false)).isPresent();

        s3.deleteObject(b -> b.bucket(bucket).key(key));
        RecordOutcome removed = single(invoke(removedEvent(key)));

        assertThat(removed.outcome()).isEqualTo(RecordOutcome.Outcome.REMOVED);
        assertThat(store.findFiling(id, false)).isEmpty();
        assertThat(s3Exists(key)).isFalse();
    }

    @Test
    void theSeedDeleteEventFileRemovesTheSeed() {
        // The event files as they are, on a key of this test's own: the seed's key must keep the seed, since a
        // delete's tombstone makes the seed's put event (an older sequencer) superseded for good.
        String key = "filings/delete-file/" + SEED;
        put(key, sample(SEED));
        invoke(ProjectFiles.event("sqs-s3-put-seed.json", bucket).replace(SEED_KEY, key));
        s3.deleteObject(b -> b.bucket(bucket).key(key));

        RecordOutcome removed = single(invoke(ProjectFiles.event("sqs-s3-delete-seed.json", bucket)
                .replace(SEED_KEY, key)));

        assertThat(removed.outcome()).isEqualTo(RecordOutcome.Outcome.REMOVED);
        assertThat(store.findFiling(SEED_ID, false).map(f -> f.sourceKeys().contains(key))).hasValue(false);
    }

    @Test
    void anEmptyObjectIsARecordedFailureAndStaysInTheBucket() {
        String key = "filings/bad/empty.txt";
        put(key, new byte[0]);

        RecordOutcome outcome = single(invoke(createdEvent(key)));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(failure(key)).hasValueSatisfying(f -> assertThat(f.reason()).isNotBlank());
        assertThat(s3Exists(key)).isTrue();
    }

    @Test
    void aBinaryObjectIsARecordedFailureWithItsReason() {
        String key = "filings/bad/image.png";
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        put(key, noise);

        RecordOutcome outcome = single(invoke(createdEvent(key)));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(failure(key)).hasValueSatisfying(f -> {
            assertThat(f.size()).isEqualTo(4096);
            assertThat(f.reason()).isNotBlank();
            assertThat(f.at()).isNotNull();
        });
    }

    @Test
    void aKeyWithSpacesAndPlusSignsIsDecodedAsS3EncodesIt() {
        String key = "filings/Hecla 8-K + exhibits.txt";
        put(key, uniqueFiling("spaces"));

        // S3 writes a space as '+' and a plus as %2B in event keys.
        RecordOutcome outcome = single(invoke(createdEvent("filings/Hecla+8-K+%2B+exhibits.txt")));

        assertThat(outcome.outcome()).isIn(RecordOutcome.Outcome.STORED, RecordOutcome.Outcome.UNCHANGED);
        assertThat(outcome.key()).isEqualTo(key);
        assertThat(store.findFiling(outcome.filingId(), false).orElseThrow().sourceKeys())
                .contains(key);
    }

    @Test
    void anObjectDeletedBeforeItsEventIsProcessedIsLeftToItsDeleteEvent() {
        String key = "filings/gone/before-processing.txt";

        RecordOutcome outcome = single(invoke(createdEvent(key)));

        // The bucket holds nothing under the key, so neither may the table: no filing, no failure.
        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.SUPERSEDED);
        assertThat(failure(key)).isEmpty();
    }

    @Test
    void oneBadRecordLosesNoneOfTheOthersAndNoMessageOfTheBatchComesBack() {
        put("filings/batch/good-1.txt", uniqueFiling("batch-1"));
        put("filings/batch/empty.txt", new byte[0]);
        put("filings/batch/good-2.txt", uniqueFiling("batch-2"));
        String batch = sqsBatch(s3Body(record("ObjectCreated:Put", "filings/batch/good-1.txt")),
                s3Body(record("ObjectCreated:Put", "filings/batch/empty.txt")),
                s3Body(record("ObjectCreated:Put", "filings/batch/good-2.txt")));

        Invocation invocation = invoke(batch);

        assertThat(invocation.outcomes()).extracting(RecordOutcome::outcome).containsExactly(
                RecordOutcome.Outcome.STORED, RecordOutcome.Outcome.FAILED, RecordOutcome.Outcome.STORED);
        assertThat(invocation.failedMessages()).isEmpty();
    }

    @Test
    void aBatchAnswersWhichMessagesToRetryAndOnlyThose() {
        put("filings/partial/good.txt", uniqueFiling("partial"));
        String batch = sqsBatch(s3Body(record("ObjectCreated:Put", "filings/partial/good.txt")), "this is no event");

        Invocation invocation = invoke(batch);

        assertThat(invocation.failedMessages()).containsExactly("message-2");
        assertThat(invocation.outcomes()).extracting(RecordOutcome::outcome)
                .containsExactly(RecordOutcome.Outcome.STORED);
    }

    @Test
    void theTestEventS3SendsFirstIsDoneWith() {
        Invocation invocation = invoke(sqsBatch("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\""
                + bucket + "\"}"));

        assertThat(invocation.failedMessages()).isEmpty();
        assertThat(invocation.outcomes()).isEmpty();
    }

    @Test
    void keysOutsideTheFilingsPrefixAreSkipped() {
        RecordOutcome outcome = single(invoke(createdEvent("derived/texts/x.txt")));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.SKIPPED);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** What one invocation did: the outcome of each record, and the messages it asks to have delivered again. */
    record Invocation(List<RecordOutcome> outcomes, List<String> failedMessages) {
    }

    private Invocation invoke(String sqsEvent) {
        Mockito.clearInvocations(telemetry);
        ExtractableResponse<Response> response = given().contentType("application/json").accept("application/json")
                .body(sqsEvent)
                .when().post()
                .then().statusCode(200).extract();
        ArgumentCaptor<RecordOutcome> reported = ArgumentCaptor.forClass(RecordOutcome.class);
        Mockito.verify(telemetry, Mockito.atLeast(0)).report(reported.capture());
        List<String> failed = response.jsonPath().getList("batchItemFailures.itemIdentifier", String.class);
        return new Invocation(List.copyOf(reported.getAllValues()), failed == null ? List.of() : failed);
    }

    private static RecordOutcome single(Invocation invocation) {
        assertThat(invocation.failedMessages()).isEmpty();
        assertThat(invocation.outcomes()).hasSize(1);
        return invocation.outcomes().get(0);
    }

    private String createdEvent(String rawKey) {
        return sqsBatch(s3Body(record("ObjectCreated:Put", rawKey)));
    }

    private String removedEvent(String rawKey) {
        return sqsBatch(s3Body(record("ObjectRemoved:Delete", rawKey)));
    }

    private static String s3Body(String record) {
        return "{\"Records\":[" + record + "]}";
    }

    /**
     * One S3 record shaped like those in events/, for keys the event files do not name, with a sequencer later than
     * any before it (S3's are, for the events of one key) and the ETag of what the key holds now.
     */
    private String record(String eventName, String rawKey) {
        String template = ProjectFiles.event("s3-put-seed.json", bucket);
        String recordJson = template.substring(template.indexOf('[') + 1, template.lastIndexOf(']')).strip();
        String decoded = S3ObjectEvent.decodeKey(rawKey);
        String eTag = s3Exists(decoded) ? s3.headObject(b -> b.bucket(bucket).key(decoded)).eTag().replace("\"", "")
                : "00000000000000000000000000000000";
        return recordJson.replace("ObjectCreated:Put", eventName).replace(SEED_KEY, rawKey)
                .replace("0065A1B2C3D4E5F607", String.format("%018X", SEQUENCERS.incrementAndGet()))
                .replace("8a6d825e6e90ee294eeabdd6e16dd480", eTag);
    }

    /** Later than the event files' sequencers. */
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCERS = new java.util.concurrent.atomic.AtomicLong(
            0x66000000000000L);

    /** The SQS event Lambda hands the function: one message per body, ids message-1, message-2, ... */
    private static String sqsBatch(String... bodies) {
        com.fasterxml.jackson.databind.node.ObjectNode event = JSON.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode records = event.putArray("Records");
        for (int i = 0; i < bodies.length; i++) {
            records.addObject().put("messageId", "message-" + (i + 1)).put("receiptHandle", "handle-" + (i + 1))
                    .put("body", bodies[i]).put("eventSource", "aws:sqs")
                    .put("eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:IngestQueue")
                    .put("awsRegion", "us-east-1");
        }
        return event.toString();
    }

    private void put(String key, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
    }

    private boolean s3Exists(String key) {
        return s3.listObjectsV2(b -> b.bucket(bucket).prefix(key)).contents().stream()
                .anyMatch(o -> o.key().equals(key));
    }

    private Optional<FailureRecord> failure(String key) {
        return store.failures(500, null).items().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Every row of the table, by its keys, so that two snapshots compare exactly. */
    private Map<String, Map<String, ?>> tableSnapshot() {
        Map<String, Map<String, ?>> rows = new java.util.TreeMap<>();
        dynamo.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().forEach(row -> {
            Map<String, Object> kept = new java.util.TreeMap<>(row);
            kept.keySet().removeIf(name -> name.startsWith("try#"));   // delivery counts, not data
            rows.put(row.get("PK").s() + "|" + row.get("SK").s(), kept);
        });
        return rows;
    }

    private static byte[] sample(String name) {
        try {
            return java.nio.file.Files.readAllBytes(ProjectFiles.sample(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The seed 8-K with a line of its own, so a test gets a filing no other test stores. */
    private static byte[] uniqueFiling(String marker) {
        String seed = new String(sample(SEED), StandardCharsets.ISO_8859_1);
        return seed.replace("Item 5.   Other Events.", "Item 5.   Other Events.\n\n     Test marker: " + marker + ".")
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
