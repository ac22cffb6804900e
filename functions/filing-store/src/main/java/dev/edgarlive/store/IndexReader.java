package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a page of a list, newest first, from one index partition or from all write shards of one.
 *
 * <p>Shards are merged lazily: each shard is asked for about its share of the page ({@code limit / shards},
 * at least one row), and asked again only when its rows run out while the page still needs some and the shard
 * may hold more. The cursor keeps, per shard, the sort key of the last row <em>returned</em> from it, so rows
 * read but not returned are read again by the next page and none is skipped. A page therefore reads at most
 * {@code limit} rows plus one share per shard; a single-partition list reads exactly {@code limit}. The shards
 * that need rows at one step are queried side by side ({@link SideBySide}).
 */
final class IndexReader {

    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;

    IndexReader(DynamoDbClient dynamo, String table, CursorCodec cursors) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
    }

    Page<Map<String, AttributeValue>> page(IndexQuery query, int limit, String cursor) {
        int shards = query.partitions().size();
        List<String> positions = cursor == null
                ? new ArrayList<>(Collections.nCopies(shards, CursorCodec.NOT_STARTED))
                : new ArrayList<>(cursors.decode(query.binding(), cursor, shards));
        List<Shard> open = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            if (!CursorCodec.EXHAUSTED.equals(positions.get(i))) {
                open.add(new Shard(i, query.partitions().get(i), positions.get(i)));
            }
        }
        List<Map<String, AttributeValue>> page = new ArrayList<>(limit);
        while (page.size() < limit) {
            int share = Math.max(1, (limit - page.size() + open.size() - 1) / Math.max(1, open.size()));
            int count = shards == 1 ? limit - page.size() : share;
            List<Supplier<Void>> fetches = new ArrayList<>();
            for (Shard shard : open) {
                if (shard.buffer.isEmpty() && !shard.drained) {
                    fetches.add(() -> fetch(query, shard, count));
                }
            }
            if (!fetches.isEmpty()) {
                SideBySide.all(fetches);
            }
            Shard newest = null;
            for (Shard shard : open) {
                if (!shard.buffer.isEmpty() && (newest == null
                        || sortKey(query, shard.buffer.peek()).compareTo(sortKey(query, newest.buffer.peek())) > 0)) {
                    newest = shard;
                }
            }
            if (newest == null) {
                break;
            }
            Map<String, AttributeValue> row = newest.buffer.poll();
            newest.position = sortKey(query, row);
            page.add(row);
        }
        boolean more = false;
        for (Shard shard : open) {
            boolean done = shard.drained && shard.buffer.isEmpty();
            positions.set(shard.index, done ? CursorCodec.EXHAUSTED : shard.position);
            more |= !done;
        }
        Optional<String> next = more ? Optional.of(cursors.encode(query.binding(), positions)) : Optional.empty();
        return new Page<>(page, next);
    }

    /** Reads up to {@code count} more rows of one shard into its buffer. Shards are fetched side by side. */
    private Void fetch(IndexQuery query, Shard shard, int count) {
        Map<String, String> names = Map.of("#pk", query.partitionAttribute(), "#sk", query.sortAttribute());
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", AttributeValue.fromS(shard.partition));
        values.put(":lo", AttributeValue.fromS(query.low()));
        values.put(":hi", AttributeValue.fromS(query.high()));
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(table)
                .indexName(query.indexName())
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :lo AND :hi")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .scanIndexForward(false)
                .limit(count);
        // A shard is fetched only once its buffer is empty, that is once every row read from it was returned:
        // its position is then both where the cursor stands and where reading resumes.
        if (!shard.position.isEmpty()) {
            Map<String, AttributeValue> start = new HashMap<>(query.tableKeyOf().apply(shard.position));
            start.put(query.partitionAttribute(), AttributeValue.fromS(shard.partition));
            start.put(query.sortAttribute(), AttributeValue.fromS(shard.position));
            request.exclusiveStartKey(start);
        }
        QueryResponse response = dynamo.query(request.build());
        shard.buffer.addAll(response.items());
        shard.drained = !response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty();
        return null;
    }

    private static String sortKey(IndexQuery query, Map<String, AttributeValue> row) {
        return row.get(query.sortAttribute()).s();
    }

    /** One partition's progress within a page. */
    private static final class Shard {
        final int index;
        final String partition;
        final ArrayDeque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();
        String position;
        boolean drained;

        Shard(int index, String partition, String position) {
            this.index = index;
            this.partition = partition;
            this.position = position;
        }
    }
}
