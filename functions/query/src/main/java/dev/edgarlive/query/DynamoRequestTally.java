package dev.edgarlive.query;

import dev.edgarlive.store.RequestCounter;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts the DynamoDB calls the query function makes, so that each request's log line says what it cost.
 * The SDK extension builds interceptors from their class name (see {@code quarkus.dynamodb.interceptors}), so
 * the count lives in one counter for the container; a Lambda container serves one request at a time, which
 * makes the difference before and after a request that request's own count.
 */
public class DynamoRequestTally implements ExecutionInterceptor {

    static final RequestCounter COUNTER = new RequestCounter();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        COUNTER.beforeExecution(context, attributes);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        COUNTER.afterExecution(context, attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        COUNTER.onExecutionFailure(context, attributes);
    }
}
