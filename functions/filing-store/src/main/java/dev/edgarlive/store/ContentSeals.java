package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One seal row per content version of a filing ({@code VERSION#<version>}), the rule that lets a writer and a
 * clean-up work on one partition at once without either breaking the other:
 * <ul>
 *   <li>a writer puts the seal of its new version before any of the version's rows or objects, and its commit
 *       checks that the seal is still there and alive;</li>
 *   <li>a clean-up kills a version that META does not name (marks its seal dead, in a transaction that checks META
 *       still names another version) before it deletes anything of it, and deletes the seal last.</li>
 * </ul>
 * So a version whose rows a clean-up has started to delete can never be committed, and a committed version is
 * never killed. Versions are random and a seal is only ever created where none was, so no two writers share one.
 */
final class ContentSeals {

    private final DynamoDbClient dynamo;
    private final String table;

    ContentSeals(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** A name for a new content version: 16 hex digits, random. */
    static String newVersion() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /**
     * Puts the seal of a new version of filing {@code id}; false when that version exists already (a random
     * collision: the caller picks another).
     */
    boolean open(String id, String version, boolean hasObjects, Instant at) {
        Map<String, AttributeValue> seal = Row.keyed(Keys.filing(id), Keys.seal(version))
                .put(Attr.CONTENT_VERSION, version)
                .put(Attr.HAS_OBJECTS, hasObjects)
                .put(Attr.AT, at.toString())
                .build();
        try {
            dynamo.putItem(b -> b.tableName(table).item(seal)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK)));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    /** The commit's check that the version it makes current is still alive. */
    TransactWriteItem check(String id, String version) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                .key(Row.keyed(Keys.filing(id), Keys.seal(version)).build())
                .conditionExpression("attribute_exists(#pk) AND attribute_not_exists(#dead)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#dead", Attr.DEAD))
                .build()).build();
    }

    /** What became of a version a clean-up or its own writer tried to kill. */
    enum Fate {
        /** Marked dead (now or before): it can never be committed; its rows and objects may go. */
        DEAD,
        /** Its seal is gone: killed and cleaned up before; rows its writer wrote since may go too. */
        GONE,
        /** META names it: it was committed and stays. */
        CURRENT
    }

    /** Marks a version dead unless META names it. */
    Fate kill(String id, String version) {
        ConditionCheck metaNamesAnother = ConditionCheck.builder().tableName(table)
                .key(Row.keyed(Keys.filing(id), Keys.META).build())
                .conditionExpression("attribute_not_exists(#pk) OR attribute_not_exists(#cv) OR #cv <> :v")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#cv", Attr.CONTENT_VERSION))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(version)))
                .build();
        Update markDead = Update.builder().tableName(table)
                .key(Row.keyed(Keys.filing(id), Keys.seal(version)).build())
                .updateExpression("SET #dead = :true")
                .conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#dead", Attr.DEAD))
                .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true)))
                .build();
        try {
            dynamo.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder().conditionCheck(metaNamesAnother).build(),
                    TransactWriteItem.builder().update(markDead).build()));
            return Fate.DEAD;
        } catch (TransactionCanceledException e) {
            if (e.hasCancellationReasons() && e.cancellationReasons().size() == 2) {
                if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                    return Fate.CURRENT;
                }
                if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(1).code())) {
                    return Fate.GONE;
                }
            }
            throw new Transactions.LostRace("killing version " + version + " of " + id + ": "
                    + (e.hasCancellationReasons() ? Transactions.codes(e.cancellationReasons()) : e.getMessage()));
        }
    }

    /** Deletes a dead version's seal, once its rows and objects are gone. */
    void delete(String id, String version) {
        dynamo.deleteItem(b -> b.tableName(table).key(Row.keyed(Keys.filing(id), Keys.seal(version)).build()));
    }
}
