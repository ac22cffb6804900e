package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The moto_server that MotoServer starts carries the fixes of {@code moto/sitecustomize.py}, and they leave
 * TransactWriteItems' all-or-nothing behaviour as moto has it: a cancelled transaction leaves every item it named
 * (updated, replaced, deleted) and every other item as it was, from the backup that now copies only those; a
 * Query, which now walks only its partition, returns that partition's items in order, page by page; and a Query on
 * an index, which is now handed only the items of its index partition, returns those in the index's order, page by
 * page, leaving out the items that lack the index's keys; and every kind of attribute value, binaries nested in
 * maps and lists too, which responses now write directly, comes back as it was written.
 */
class MotoFixesIT {

    private static AwsEmulator emulator;
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void startOwnMoto() {
        Optional<Path> moto = MotoServer.findOnPath(System.getenv("PATH"));
        if (moto.isEmpty()) {
            if (AwsEmulator.requiredByCi()) {
                fail("moto_server is not on the PATH, and CI=true requires it");
            }
            Assumptions.abort("moto_server is not on the PATH");
        }
        emulator = AwsEmulator.locate(Map.of("PATH", moto.get().getParent().toString()),
                new DockerProbe(Map.of(), Path.of("/nonexistent"), List.of()));
        dynamo = emulator.dynamoDb();
        // Partition and sort key, as the project's table has: several actions may name one partition.
        dynamo.createTable(b -> b.tableName("t").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
        // The project's lists are queries on an index whose partition is a shard of a form, item or company.
        dynamo.createTable(b -> b.tableName("indexed").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(Stream.of("pk", "sk", "gpk", "gsk").map(name -> AttributeDefinition.builder()
                        .attributeName(name).attributeType(ScalarAttributeType.S).build()).toList())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byList")
                        .keySchema(KeySchemaElement.builder().attributeName("gpk").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("gsk").keyType(KeyType.RANGE).build())
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
    }

    @AfterAll
    static void stop() {
        if (dynamo != null) {
            dynamo.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void theServerLogSaysTheFixesAreApplied() throws IOException {
        Path log = Path.of(emulator.description().replaceAll(".*\\(log (.+)\\)$", "$1"));

        assertThat(Files.readString(log)).contains("edgar-live sitecustomize: moto DynamoDB fixes applied");
    }

    @Test
    void aCancelledTransactionOfSeveralActionsOnOnePartitionChangesNothing() {
        put("p1", "counter", Map.of("n", n("1"), "v", s("old")));
        put("p1", "doomed", Map.of("v", s("here")));
        put("p2", "taken", Map.of());

        assertThatThrownBy(() -> dynamo.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().update(Update.builder().tableName("t").key(key("p1", "counter"))
                        .updateExpression("SET v = :v ADD n :one")
                        .expressionAttributeValues(Map.of(":v", s("new"), ":one", n("1"))).build()).build(),
                TransactWriteItem.builder().delete(d -> d.tableName("t").key(key("p1", "doomed"))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("t").item(key("p1", "added"))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("t").item(key("p3", "new partition"))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("t").item(key("p2", "taken"))
                        .conditionExpression("attribute_not_exists(pk)")).build())))
                .isInstanceOf(TransactionCanceledException.class);

        Map<String, AttributeValue> counter = get("p1", "counter");
        assertThat(counter.get("n").n()).isEqualTo("1");
        assertThat(counter.get("v").s()).isEqualTo("old");
        assertThat(get("p1", "doomed").get("v").s()).isEqualTo("here");
        assertThat(get("p1", "added")).isEmpty();
        assertThat(get("p3", "new partition")).isEmpty();
    }

    @Test
    void aTransactionThatSucceedsAppliesEveryActionAndTheNextOneSeesThem() {
        put("q", "counter", Map.of("n", n("1")));

        for (int i = 0; i < 3; i++) {
            String sort = "item " + i;
            dynamo.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName("t").item(key("q", sort))).build(),
                    TransactWriteItem.builder().update(Update.builder().tableName("t").key(key("q", "counter"))
                            .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n("1")))
                            .build()).build()));
        }

        assertThat(get("q", "counter").get("n").n()).isEqualTo("4");
        for (int i = 0; i < 3; i++) {
            assertThat(get("q", "item " + i)).as("item %d", i).isNotEmpty();
        }
    }

    @Test
    void aQueryReturnsItsPartitionsItemsInOrderPageByPage() {
        for (String partition : List.of("x1", "x2", "x3")) {
            for (int i = 0; i < 12; i++) {
                put(partition, String.format("day %02d", i), Map.of());
            }
        }

        List<String> read = new java.util.ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = dynamo.query(b -> b.tableName("t").limit(4).scanIndexForward(false)
                    .keyConditionExpression("pk = :pk AND sk BETWEEN :lo AND :hi")
                    .expressionAttributeValues(Map.of(":pk", s("x2"), ":lo", s("day 02"), ":hi", s("day 10")))
                    .exclusiveStartKey(from));
            page.items().forEach(item -> read.add(item.get("pk").s() + "/" + item.get("sk").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);

        assertThat(read).containsExactly("x2/day 10", "x2/day 09", "x2/day 08", "x2/day 07", "x2/day 06",
                "x2/day 05", "x2/day 04", "x2/day 03", "x2/day 02");
        assertThat(dynamo.query(b -> b.tableName("t").keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("nobody")))).count()).isZero();
    }

    @Test
    void anIndexQueryReturnsTheItemsOfItsIndexPartitionInTheIndexsOrderPageByPage() {
        for (int filing = 0; filing < 30; filing++) {
            String pk = String.format("filing %02d", filing);
            String list = "form#" + (filing % 3);
            // Two filings share each listing day: the table's key breaks the tie, as on DynamoDB.
            String day = String.format("2024-01-%02d", 1 + filing / 6);
            putIn("indexed", Map.of("pk", s(pk), "sk", s("META"), "gpk", s(list), "gsk", s(day)));
            putIn("indexed", Map.of("pk", s(pk), "sk", s("ITEM#1"), "gpk", s(list)));
            putIn("indexed", Map.of("pk", s(pk), "sk", s("ITEM#2")));
        }

        List<String> read = new java.util.ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = dynamo.query(b -> b.tableName("indexed").indexName("byList").limit(3).scanIndexForward(false)
                    .keyConditionExpression("gpk = :list AND gsk <= :day")
                    .expressionAttributeValues(Map.of(":list", s("form#1"), ":day", s("2024-01-04")))
                    .exclusiveStartKey(from));
            page.items().forEach(item -> read.add(item.get("gsk").s() + " " + item.get("pk").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);

        assertThat(read).containsExactly("2024-01-04 filing 22", "2024-01-04 filing 19", "2024-01-03 filing 16",
                "2024-01-03 filing 13", "2024-01-02 filing 10", "2024-01-02 filing 07", "2024-01-01 filing 04",
                "2024-01-01 filing 01");
        assertThat(dynamo.query(b -> b.tableName("indexed").indexName("byList").keyConditionExpression("gpk = :list")
                .expressionAttributeValues(Map.of(":list", s("form#9")))).count()).isZero();
    }

    @Test
    void everyKindOfAttributeValueComesBackAsItWasWritten() {
        SdkBytes gzip = SdkBytes.fromByteArray(new byte[]{31, -117, 8, 0, 0, 0, 0, 0, 0, -1, 0, 1, -2});
        Map<String, AttributeValue> item = new java.util.HashMap<>(key("kinds", "all"));
        item.put("s", s("text with \"quotes\" and ünïcode"));
        item.put("n", n("-12.5"));
        item.put("b", AttributeValue.fromB(gzip));
        item.put("ss", AttributeValue.fromSs(List.of("a", "b")));
        item.put("ns", AttributeValue.fromNs(List.of("1", "2.5")));
        item.put("bs", AttributeValue.fromBs(List.of(gzip, SdkBytes.fromByteArray(new byte[]{0}))));
        List<AttributeValue> list = List.of(AttributeValue.fromB(gzip), s("x"), AttributeValue.fromNul(true));
        item.put("m", AttributeValue.fromM(Map.of("inner", AttributeValue.fromB(gzip),
                "flag", AttributeValue.fromBool(false), "list", AttributeValue.fromL(list))));
        item.put("empty", AttributeValue.fromM(Map.of()));
        putIn("t", item);

        assertThat(get("kinds", "all")).isEqualTo(item);
        assertThat(dynamo.query(b -> b.tableName("t").keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("kinds")))).items()).containsExactly(item);
    }

    private void putIn(String table, Map<String, AttributeValue> item) {
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    private void put(String pk, String sk, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(pk, sk));
        item.putAll(attributes);
        dynamo.putItem(b -> b.tableName("t").item(item));
    }

    private Map<String, AttributeValue> get(String pk, String sk) {
        return dynamo.getItem(b -> b.tableName("t").key(key(pk, sk)).consistentRead(true)).item();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
