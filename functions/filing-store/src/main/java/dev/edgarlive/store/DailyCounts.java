package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads the daily tallies ({@link Counters}): one Query per write shard over the date range, side by side,
 * projecting only the one counter asked for, summing the shards of each day. Days that count nothing are left out.
 */
final class DailyCounts {

    /** What a chart counts by. */
    enum Dimension { FORM, ITEM }

    private final DynamoDbClient dynamo;
    private final String table;
    private final int shards;

    DailyCounts(DynamoDbClient dynamo, String table, int shards) {
        this.dynamo = dynamo;
        this.table = table;
        this.shards = shards;
    }

    List<DailyCount> read(Dimension dimension, String value, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidQueryException(from == null ? "from" : "to", "daily counts need a date range");
        }
        if (from.isAfter(to)) {
            throw new InvalidQueryException("from", "from " + from + " is after to " + to);
        }
        String counter = switch (dimension) {
            case FORM -> {
                String form = Keys.form(value);
                if (form == null) {
                    throw new InvalidQueryException("form", "not a form type: " + value);
                }
                yield Counters.formAttribute(form);
            }
            case ITEM -> {
                String code = Keys.itemCode(value);
                if (code == null) {
                    throw new InvalidQueryException("item", "not an item code: " + value);
                }
                yield Counters.itemAttribute(code);
            }
        };
        List<Supplier<List<Map<String, AttributeValue>>>> queries = new ArrayList<>(shards);
        for (int shard = 0; shard < shards; shard++) {
            QueryRequest request = QueryRequest.builder().tableName(table)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :lo AND :hi")
                    .projectionExpression("#sk, #n")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK, "#n", counter))
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(Keys.tally(shard)),
                            ":lo", AttributeValue.fromS(from.toString()),
                            ":hi", AttributeValue.fromS(to.toString())))
                    .build();
            queries.add(() -> dynamo.queryPaginator(request).items().stream().toList());
        }
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        for (List<Map<String, AttributeValue>> rows : SideBySide.all(queries)) {
            rows.forEach(row -> perDay.merge(
                    LocalDate.parse(row.get(Keys.SK).s()), new RowValues(row).number(counter, 0), Long::sum));
        }
        return perDay.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(e -> new DailyCount(e.getKey(), e.getValue()))
                .toList();
    }
}
