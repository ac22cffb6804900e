package dev.edgarlive.store;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestCounterTest {

    private final RequestCounter counter = new RequestCounter();

    @Test
    void countsAndTimesCallsPerServiceAndOperation() throws InterruptedException {
        call("DynamoDb", "Query", 5);
        call("DynamoDb", "Query", 0);
        call("S3", "PutObject", 0);

        assertThat(counter.snapshot()).isEqualTo(Map.of("DynamoDb.Query", 2L, "S3.PutObject", 1L));
        assertThat(counter.count("Query")).isEqualTo(2);
        assertThat(counter.count("DynamoDb.Query")).isEqualTo(2);
        assertThat(counter.countService("DynamoDb")).isEqualTo(2);
        assertThat(counter.total()).isEqualTo(3);
        assertThat(counter.time("Query")).isGreaterThanOrEqualTo(Duration.ofMillis(5));

        counter.reset();
        assertThat(counter.total()).isZero();
        assertThat(counter.timeSnapshot()).isEmpty();
    }

    @Test
    void pricesDynamoDbWritesAndReadsAsOnDemandRequestUnits() {
        Map<String, AttributeValue> small = Map.of("PK", s("FILING#1"), "SK", s("ITEM#0001"));
        Map<String, AttributeValue> indexed = Map.of("PK", s("FILING#1"), "SK", s("META"), "GSI1PK", s("COMPANY#1"),
                "GSI2PK", s("FORM#8-K#3"), "body", s("x".repeat(1500)));
        executed(BatchWriteItemRequest.builder().requestItems(Map.of("t", List.of(
                WriteRequest.builder().putRequest(p -> p.item(small)).build(),
                WriteRequest.builder().deleteRequest(d -> d.key(small)).build()))).build(), null);
        executed(TransactWriteItemsRequest.builder().transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("t").item(indexed)).build(),
                TransactWriteItem.builder().update(u -> u.tableName("t").key(small)).build()).build(), null);
        executed(QueryRequest.builder().consistentRead(false).build(),
                QueryResponse.builder().items(indexed, small).build());

        // BatchWrite: 1 (small put) + 1 (delete); transaction: 2 KB x 2 x (table + 2 indexes) + 2 (update).
        assertThat(counter.writeUnits()).isEqualTo(1 + 1 + 2 * 2 * 3 + 2);
        assertThat(counter.readUnits()).isEqualTo(0.5);
        assertThat(counter.itemBytesWritten()).isEqualTo(ItemSize.of(small) + ItemSize.of(indexed));
    }

    private void executed(software.amazon.awssdk.core.SdkRequest request, software.amazon.awssdk.core.SdkResponse response) {
        counter.account(request, response);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private void call(String service, String operation, long millis) throws InterruptedException {
        ExecutionAttributes attributes = new ExecutionAttributes();
        attributes.putAttribute(SdkExecutionAttribute.SERVICE_NAME, service);
        attributes.putAttribute(SdkExecutionAttribute.OPERATION_NAME, operation);
        counter.beforeExecution(null, attributes);
        Thread.sleep(millis);
        counter.afterExecution(null, attributes);
    }
}
