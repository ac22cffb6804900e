package dev.edgarlive.store;

import java.util.function.Supplier;

/**
 * The X-Ray trace header that Lambda's java runtime sets before each invocation (the system property
 * {@value #PROPERTY}), set for the length of a priming run. In a Lambda environment the SDK's
 * {@code TraceIdExecutionInterceptor} then adds it to every request as {@code X-Amzn-Trace-Id}, copying the request as
 * a real invocation does; without it that path would first run, and its classes first load, in the first invocation.
 * The header is a fixed, unsampled one, and the property's previous value is put back afterwards, so nothing of the
 * priming outlives it (or ends up in a snapshot).
 */
public final class PrimingTrace {

    static final String PROPERTY = "com.amazonaws.xray.traceHeader";
    static final String HEADER = "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0";

    private PrimingTrace() {
    }

    /** Runs {@code priming} with the trace header set, as during an invocation; returns what it returns. */
    public static <T> T during(Supplier<T> priming) {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, HEADER);
        try {
            return priming.get();
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }
}
