package dev.edgarlive.store;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts SDK calls per operation ({@code DynamoDb.Query}, {@code S3.PutObject}), once per call whatever its
 * retries, and the time spent in them. Add it to a client's {@code overrideConfiguration} to see what an operation
 * costs: tests assert on the counts, the load script reports the bare call latency beside the API's, the functions
 * can log it.
 */
public final class RequestCounter implements ExecutionInterceptor {

    /**
     * The SDK refuses two attributes of one name for the life of its classes. Tests that start a second Quarkus
     * application in the same JVM load this class again (a new class loader) while the SDK's stay, so the name
     * carries the identity of this class as loaded.
     */
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("RequestCounter.started@"
            + Integer.toHexString(System.identityHashCode(RequestCounter.class)));

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.computeIfAbsent(operation(attributes), k -> new LongAdder()).increment();
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        stop(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        stop(attributes);
    }

    /** Calls of one operation, by its bare name ({@code Query}) summed over services, or qualified. */
    public long count(String operation) {
        return sum(calls, operation);
    }

    /** Time spent in calls of one operation, named as for {@link #count}. */
    public Duration time(String operation) {
        return Duration.ofNanos(sum(nanos, operation));
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

    /** Time spent so far per operation. */
    public Map<String, Duration> timeSnapshot() {
        Map<String, Duration> copy = new TreeMap<>();
        nanos.forEach((k, v) -> copy.put(k, Duration.ofNanos(v.sum())));
        return copy;
    }

    public void reset() {
        calls.clear();
        nanos.clear();
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }

    private void stop(ExecutionAttributes attributes) {
        Long started = attributes.getAttribute(STARTED);
        if (started != null) {
            nanos.computeIfAbsent(operation(attributes), k -> new LongAdder()).add(System.nanoTime() - started);
        }
    }

    private static String operation(ExecutionAttributes attributes) {
        return attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    }

    private static long sum(Map<String, LongAdder> map, String operation) {
        return map.entrySet().stream()
                .filter(e -> e.getKey().equals(operation) || e.getKey().endsWith("." + operation))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }
}
