package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the daily counters: one Query over a form's (or item's) counter partition for the date range, summing the
 * shards of each day. Days that count nothing are left out.
 */
final class DailyCounts {

    /** What a chart counts by. */
    enum Dimension { FORM, ITEM }

    private final DynamoDbClient dynamo;
    private final String table;

    DailyCounts(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    List<DailyCount> read(Dimension dimension, String value, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidQueryException(from == null ? "from" : "to", "daily counts need a date range");
        }
        if (from.isAfter(to)) {
            throw new InvalidQueryException("from", "from " + from + " is after to " + to);
        }
        String pk = switch (dimension) {
            case FORM -> {
                String form = Keys.form(value);
                if (form == null) {
                    throw new InvalidQueryException("form", "not a form type: " + value);
                }
                yield Keys.formStats(form);
            }
            case ITEM -> {
                String code = Keys.itemCode(value);
                if (code == null) {
                    throw new InvalidQueryException("item", "not an item code: " + value);
                }
                yield Keys.itemStats(code);
            }
        };
        QueryRequest request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :lo AND :hi")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(pk),
                        ":lo", AttributeValue.fromS(from.toString()),
                        ":hi", AttributeValue.fromS(to + "#" + Keys.HIGH)))
                .build();
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        dynamo.queryPaginator(request).items().forEach(row -> {
            String sk = row.get(Keys.SK).s();
            LocalDate day = LocalDate.parse(sk.substring(0, sk.indexOf('#')));
            perDay.merge(day, new RowValues(row).number(Attr.COUNT, 0), Long::sum);
        });
        return perDay.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(e -> new DailyCount(e.getKey(), e.getValue()))
                .toList();
    }
}
