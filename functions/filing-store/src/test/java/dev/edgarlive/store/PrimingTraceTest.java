package dev.edgarlive.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.warmup.http.CannedResponseHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The trace header during priming. The SDK adds it only inside a Lambda environment (AWS_LAMBDA_FUNCTION_NAME set,
 * as this module's test configuration does).
 */
class PrimingTraceTest {

    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("filing#x"));

    @AfterEach
    void clear() {
        System.clearProperty(PrimingTrace.PROPERTY);
    }

    @Test
    void requestsMadeWhilePrimingCarryTheTraceHeaderAsInAnInvocation() {
        assumeTrue(System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null, "needs AWS_LAMBDA_FUNCTION_NAME (the pom sets it)");
        List<Optional<String>> sent = new ArrayList<>();
        try (DynamoDbClient dynamo = DynamoDbClient.builder()
                .httpClient(CannedResponseHttpClient.builder().statusCode(200).responseBody("{}".getBytes()).build())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .region(Region.US_EAST_1).endpointOverride(URI.create("http://test.invalid"))
                .overrideConfiguration(config -> config.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        sent.add(context.httpRequest().firstMatchingHeader("X-Amzn-Trace-Id"));
                    }
                })).build()) {
            dynamo.getItem(get -> get.tableName("t").key(KEY));
            PrimingTrace.during(() -> dynamo.getItem(get -> get.tableName("t").key(KEY)));
        }

        assertThat(sent).containsExactly(Optional.empty(), Optional.of(PrimingTrace.HEADER));
    }

    @Test
    void thePropertyIsPutBackAsItWasEvenWhenThePrimingFails() {
        PrimingTrace.during(() -> System.getProperty(PrimingTrace.PROPERTY));
        assertThat(System.getProperty(PrimingTrace.PROPERTY)).isNull();

        System.setProperty(PrimingTrace.PROPERTY, "Root=1-invocation");
        assertThat(PrimingTrace.during(() -> System.getProperty(PrimingTrace.PROPERTY))).isEqualTo(PrimingTrace.HEADER);
        assertThatThrownBy(() -> PrimingTrace.during(() -> {
            throw new IllegalStateException("priming failed");
        })).hasMessage("priming failed");
        assertThat(System.getProperty(PrimingTrace.PROPERTY)).isEqualTo("Root=1-invocation");
    }
}
