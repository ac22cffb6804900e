package dev.edgarlive.store;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.time.Duration;
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

    private void call(String service, String operation, long millis) throws InterruptedException {
        ExecutionAttributes attributes = new ExecutionAttributes();
        attributes.putAttribute(SdkExecutionAttribute.SERVICE_NAME, service);
        attributes.putAttribute(SdkExecutionAttribute.OPERATION_NAME, operation);
        counter.beforeExecution(null, attributes);
        Thread.sleep(millis);
        counter.afterExecution(null, attributes);
    }
}
