package dev.edgarlive.store;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The emulators accept any number of rows per BatchWriteItem and never leave any unprocessed, so the 25-row
 * limit and the retry of unprocessed rows are checked here against a client that behaves as DynamoDB may.
 */
class BatchWriterTest {

    @Test
    void chunksNeverExceedTwentyFiveAndKeepEveryRowInOrder() {
        for (int n : new int[] {0, 1, 24, 25, 26, 50, 51, 260}) {
            List<Integer> all = IntStream.range(0, n).boxed().toList();
            List<List<Integer>> chunks = BatchWriter.chunks(all);
            assertThat(chunks).allSatisfy(c -> assertThat(c).hasSizeBetween(1, 25));
            assertThat(chunks).hasSize((n + 24) / 25);
            assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(all);
        }
    }

    @Test
    void sixtyRowsGoOutInThreeRequestsOfAtMostTwentyFive() {
        DynamoDbLike dynamo = new DynamoDbLike(0);
        new BatchWriter(dynamo, "t", millis -> { }).put(rows(60));
        assertThat(dynamo.requestSizes).containsExactly(25, 25, 10);
        assertThat(dynamo.written).hasSize(60);
    }

    @Test
    void unprocessedRowsAreRetriedUntilWritten() {
        DynamoDbLike dynamo = new DynamoDbLike(3);   // leaves the last 3 rows of each request for two rounds
        List<Long> waits = new ArrayList<>();
        new BatchWriter(dynamo, "t", waits::add).put(rows(30));
        assertThat(dynamo.written).hasSize(30);
        assertThat(dynamo.requestSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(25));
        assertThat(waits).isNotEmpty().allSatisfy(wait -> assertThat(wait).isPositive());
    }

    @Test
    void rowsStillUnprocessedAfterTheLastAttemptFailLoudly() {
        DynamoDbLike dynamo = new DynamoDbLike(Integer.MAX_VALUE);
        assertThatThrownBy(() -> new BatchWriter(dynamo, "t", millis -> { }).put(rows(5)))
                .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("unprocessed");
        assertThat(dynamo.requestSizes).hasSize(BatchWriter.MAX_ATTEMPTS);
    }

    private static List<Map<String, AttributeValue>> rows(int n) {
        return IntStream.range(0, n).mapToObj(i -> Row.keyed("P", "S" + i).build()).toList();
    }

    /**
     * Answers BatchWriteItem as DynamoDB does under throttling: refuses over 25 requests, and hands back the last
     * {@code unprocessed} rows of a request as unprocessed for the first two rounds each row is sent in.
     */
    private static final class DynamoDbLike implements DynamoDbClient {
        final List<Integer> requestSizes = new ArrayList<>();
        final Set<String> written = new HashSet<>();
        final Map<String, Integer> refusals = new java.util.HashMap<>();
        final int unprocessed;

        DynamoDbLike(int unprocessed) {
            this.unprocessed = unprocessed;
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            List<WriteRequest> requests = request.requestItems().get("t");
            if (requests.size() > 25) {
                throw new IllegalArgumentException("Too many items requested for the BatchWriteItem call");
            }
            requestSizes.add(requests.size());
            List<WriteRequest> left = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                WriteRequest r = requests.get(i);
                String sk = r.putRequest().item().get("SK").s();
                boolean refuse = i >= requests.size() - unprocessed
                        && (unprocessed == Integer.MAX_VALUE || refusals.merge(sk, 1, Integer::sum) <= 2);
                if (refuse) {
                    left.add(r);
                } else {
                    written.add(sk);
                }
            }
            return BatchWriteItemResponse.builder()
                    .unprocessedItems(left.isEmpty() ? Map.of() : Map.of("t", left)).build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }
}
