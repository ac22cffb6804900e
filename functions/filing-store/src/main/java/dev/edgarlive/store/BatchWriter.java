package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes many rows with BatchWriteItem: at most 25 requests per call, as DynamoDB demands (the emulators do not
 * enforce it, so {@link #chunks} is tested on its own), and every unprocessed item retried with backoff until it
 * is written or the attempts run out, which fails loudly rather than losing rows.
 */
final class BatchWriter {

    static final int MAX_BATCH = 25;
    static final int MAX_ATTEMPTS = 8;
    private static final long BASE_BACKOFF_MILLIS = 20;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Sleeper sleeper;

    /** How the writer waits between retries; tests pass one that does not wait. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    BatchWriter(DynamoDbClient dynamo, String table) {
        this(dynamo, table, Thread::sleep);
    }

    BatchWriter(DynamoDbClient dynamo, String table, Sleeper sleeper) {
        this.dynamo = dynamo;
        this.table = table;
        this.sleeper = sleeper;
    }

    void put(List<Map<String, AttributeValue>> rows) {
        write(rows.stream()
                .map(r -> WriteRequest.builder().putRequest(PutRequest.builder().item(r).build()).build())
                .toList());
    }

    void delete(List<Map<String, AttributeValue>> keys) {
        write(keys.stream()
                .map(k -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(k).build()).build())
                .toList());
    }

    void write(List<WriteRequest> requests) {
        for (List<WriteRequest> chunk : chunks(requests)) {
            writeChunk(chunk);
        }
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_BATCH) {
            chunks.add(List.copyOf(all.subList(from, Math.min(all.size(), from + MAX_BATCH))));
        }
        return chunks;
    }

    private void writeChunk(List<WriteRequest> chunk) {
        List<WriteRequest> pending = chunk;
        for (int attempt = 1; ; attempt++) {
            List<WriteRequest> sent = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, sent)));
            pending = response.hasUnprocessedItems()
                    ? response.unprocessedItems().getOrDefault(table, List.of())
                    : List.of();
            if (pending.isEmpty()) {
                return;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new StoreUnavailableException(pending.size() + " rows still unprocessed after "
                        + MAX_ATTEMPTS + " BatchWriteItem attempts");
            }
            backOff(attempt);
        }
    }

    private void backOff(int attempt) {
        try {
            sleeper.sleep(BASE_BACKOFF_MILLIS << Math.min(attempt, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while retrying unprocessed rows");
        }
    }
}
