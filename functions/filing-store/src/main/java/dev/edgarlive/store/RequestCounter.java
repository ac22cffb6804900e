package dev.edgarlive.store;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts SDK calls per operation ({@code DynamoDb.Query}, {@code S3.PutObject}), once per call whatever its
 * retries. Add it to a client's {@code overrideConfiguration} to see what an operation costs: tests assert on it,
 * the load script reports it, the functions can log it.
 */
public final class RequestCounter implements ExecutionInterceptor {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        calls.computeIfAbsent(service + "." + operation, k -> new LongAdder()).increment();
    }

    /** Calls of one operation, by its bare name ({@code Query}) summed over services, or qualified. */
    public long count(String operation) {
        return calls.entrySet().stream()
                .filter(e -> e.getKey().equals(operation) || e.getKey().endsWith("." + operation))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    /** Calls to one service ({@code DynamoDb}, {@code S3}). */
    public long countService(String service) {
        return calls.entrySet().stream()
                .filter(e -> e.getKey().startsWith(service + "."))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    public long total() {
        return calls.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Counts so far, sorted by operation, for logs and reports. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        calls.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    public void reset() {
        calls.clear();
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }
}
