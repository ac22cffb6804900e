package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads the daily tallies ({@link Counters}): one Query per write shard over the date range, side by side, summing
 * the shards of each day. One counter ({@link #read}) or every counter of a dimension at once ({@link #readEvery}):
 * DynamoDB charges a Query by the size of the rows it reads, not by what it projects, so a chart of ten forms costs
 * the same reads in one call as one form does. Days that count nothing are left out.
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
        checkRange(from, to);
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
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        for (Map<String, AttributeValue> row : rows(from, to, counter)) {
            perDay.merge(LocalDate.parse(row.get(Keys.SK).s()), new RowValues(row).number(counter, 0), Long::sum);
        }
        return nonZero(perDay);
    }

    /**
     * Every form's (or every item code's) filings per day over the range, by form type or item code; those that
     * count nothing in the range are left out.
     */
    Map<String, List<DailyCount>> readEvery(Dimension dimension, LocalDate from, LocalDate to) {
        checkRange(from, to);
        String prefix = dimension == Dimension.FORM ? Counters.FORM_PREFIX : Counters.ITEM_PREFIX;
        Map<String, TreeMap<LocalDate, Long>> perValue = new TreeMap<>();
        for (Map<String, AttributeValue> row : rows(from, to, null)) {
            LocalDate day = LocalDate.parse(row.get(Keys.SK).s());
            RowValues values = new RowValues(row);
            for (String attribute : row.keySet()) {
                if (attribute.startsWith(prefix)) {
                    perValue.computeIfAbsent(attribute.substring(prefix.length()), value -> new TreeMap<>())
                            .merge(day, values.number(attribute, 0), Long::sum);
                }
            }
        }
        Map<String, List<DailyCount>> counts = new LinkedHashMap<>();
        perValue.forEach((value, days) -> {
            List<DailyCount> nonZero = nonZero(days);
            if (!nonZero.isEmpty()) {
                counts.put(value, nonZero);
            }
        });
        return counts;
    }

    /** The tally rows of every shard in the range: the one counter named, or whole rows when it is null. */
    private List<Map<String, AttributeValue>> rows(LocalDate from, LocalDate to, String counter) {
        List<Supplier<List<Map<String, AttributeValue>>>> queries = new ArrayList<>(shards);
        for (int shard = 0; shard < shards; shard++) {
            QueryRequest.Builder request = QueryRequest.builder().tableName(table)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :lo AND :hi")
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(Keys.tally(shard)),
                            ":lo", AttributeValue.fromS(from.toString()),
                            ":hi", AttributeValue.fromS(to.toString())));
            if (counter == null) {
                request.expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK));
            } else {
                request.projectionExpression("#sk, #n")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK, "#n", counter));
            }
            QueryRequest built = request.build();
            queries.add(() -> dynamo.queryPaginator(built).items().stream().toList());
        }
        return SideBySide.all(queries).stream().flatMap(List::stream).toList();
    }

    private static List<DailyCount> nonZero(Map<LocalDate, Long> perDay) {
        return perDay.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(e -> new DailyCount(e.getKey(), e.getValue()))
                .toList();
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidQueryException(from == null ? "from" : "to", "daily counts need a date range");
        }
        if (from.isAfter(to)) {
            throw new InvalidQueryException("from", "from " + from + " is after to " + to);
        }
    }
}
