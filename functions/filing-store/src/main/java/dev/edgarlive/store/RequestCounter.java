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
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts SDK calls per operation ({@code DynamoDb.Query}, {@code S3.PutObject}), once per call whatever its
 * retries, and the time spent in them; with them the bytes sent, and DynamoDB's on-demand request units and item
 * bytes as its documented rules price the requests ({@link CapacityEstimate}). Add it to a client's
 * {@code overrideConfiguration} to see what an operation costs: tests assert on the counts, the load script reports
 * the bare call latency beside the API's, the cost model prices a filing, the functions can log it.
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
    private final DoubleAdder writeUnits = new DoubleAdder();
    private final DoubleAdder readUnits = new DoubleAdder();
    private final LongAdder itemBytes = new LongAdder();
    private final LongAdder requestBytes = new LongAdder();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.computeIfAbsent(operation(attributes), k -> new LongAdder()).increment();
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (context != null) {
            context.requestBody().flatMap(body -> body.optionalContentLength()).ifPresent(requestBytes::add);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        stop(attributes);
        if (context != null) {
            account(context.request(), context.response());
        }
    }

    /** Adds what one executed request cost in request units and item bytes. */
    void account(software.amazon.awssdk.core.SdkRequest request, software.amazon.awssdk.core.SdkResponse response) {
        CapacityEstimate cost = CapacityEstimate.of(request, response);
        writeUnits.add(cost.writeUnits());
        readUnits.add(cost.readUnits());
        itemBytes.add(cost.itemBytes());
    }

    /** DynamoDB write request units the calls so far cost, on-demand (an estimate: see {@link CapacityEstimate}). */
    public double writeUnits() {
        return writeUnits.sum();
    }

    /** DynamoDB read request units the calls so far cost, on-demand. */
    public double readUnits() {
        return readUnits.sum();
    }

    /** Bytes of the DynamoDB items written so far, as DynamoDB sizes them. */
    public long itemBytesWritten() {
        return itemBytes.sum();
    }

    /** Bytes of the request bodies sent so far, every service and attempt. */
    public long requestBytes() {
        return requestBytes.sum();
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
        writeUnits.reset();
        readUnits.reset();
        itemBytes.reset();
        requestBytes.reset();
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
