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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The moto_server that MotoServer starts carries the fixes of {@code moto/sitecustomize.py}, and they leave
 * TransactWriteItems' all-or-nothing behaviour as moto has it: a cancelled transaction of several actions on one
 * table (the case where the fixed backup is shared) leaves the table as it was.
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
        dynamo.createTable(b -> b.tableName("t").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
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
    void aCancelledTransactionOfSeveralActionsOnOneTableChangesNothing() {
        dynamo.putItem(b -> b.tableName("t").item(Map.of("pk", s("counter"), "n", n("1"))));
        dynamo.putItem(b -> b.tableName("t").item(Map.of("pk", s("taken"))));

        assertThatThrownBy(() -> dynamo.transactWriteItems(b -> b.transactItems(
                put("first"),
                TransactWriteItem.builder().update(Update.builder().tableName("t").key(Map.of("pk", s("counter")))
                        .updateExpression("ADD n :one")
                        .expressionAttributeValues(Map.of(":one", n("1"))).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName("t").item(Map.of("pk", s("taken")))
                        .conditionExpression("attribute_not_exists(pk)").build()).build())))
                .isInstanceOf(TransactionCanceledException.class);

        assertThat(dynamo.getItem(b -> b.tableName("t").key(Map.of("pk", s("first")))).hasItem()).isFalse();
        assertThat(dynamo.getItem(b -> b.tableName("t").key(Map.of("pk", s("counter")))).item().get("n").n())
                .isEqualTo("1");
    }

    @Test
    void aTransactionThatSucceedsAppliesEveryAction() {
        dynamo.transactWriteItems(b -> b.transactItems(put("a"), put("b"), put("c")));

        for (String key : List.of("a", "b", "c")) {
            assertThat(dynamo.getItem(b -> b.tableName("t").key(Map.of("pk", s(key)))).hasItem()).as(key).isTrue();
        }
    }

    private static TransactWriteItem put(String key) {
        return TransactWriteItem.builder().put(Put.builder().tableName("t").item(Map.of("pk", s(key))).build())
                .build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
