package dev.edgarlive.local;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.util.Map;

/**
 * Puts a local stack's table in the state a new parser release finds it in: everything stored was made by the
 * previous parser. The parser version is compiled into the functions, so it cannot change within one run; instead
 * every row that records the version that made it (a filing's META row, a key's source row) is set from the
 * current version ({@code FilingParser.VERSION}, passed in: the local stack itself does not depend on the parser)
 * to the one before. The functions then run unchanged and see exactly what they would see after an
 * upgrade: same bytes, older parser. For bin/backfill's reprocess phase and ReprocessThroughFunctionsIT; never
 * for a real table.
 */
public final class OlderParserVersion {

    /** The store's attribute for the parser version (DATA_MODEL.md: {@code pv} on META and source rows). */
    private static final String PARSER_VERSION = "pv";

    private OlderParserVersion() {
    }

    /**
     * Sets every row made by parser version {@code currentVersion} to the version before it.
     *
     * @return how many rows were changed
     */
    public static int markAllOlder(DynamoDbClient dynamo, String table, int currentVersion) {
        AttributeValue current = AttributeValue.fromN(Integer.toString(currentVersion));
        AttributeValue older = AttributeValue.fromN(Integer.toString(currentVersion - 1));
        int changed = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            ScanRequest.Builder scan = ScanRequest.builder().tableName(table).consistentRead(true)
                    .projectionExpression("PK, SK").filterExpression("#pv = :current")
                    .expressionAttributeNames(Map.of("#pv", PARSER_VERSION))
                    .expressionAttributeValues(Map.of(":current", current));
            if (startKey != null) {
                scan.exclusiveStartKey(startKey);
            }
            ScanResponse page = dynamo.scan(scan.build());
            for (Map<String, AttributeValue> row : page.items()) {
                // Conditional, so that a row a function rewrote meanwhile keeps what the function wrote.
                dynamo.updateItem(update -> update.tableName(table).key(row)
                        .updateExpression("SET #pv = :older").conditionExpression("#pv = :current")
                        .expressionAttributeNames(Map.of("#pv", PARSER_VERSION))
                        .expressionAttributeValues(Map.of(":current", current, ":older", older)));
                changed++;
            }
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
                    : null;
        } while (startKey != null);
        return changed;
    }
}
