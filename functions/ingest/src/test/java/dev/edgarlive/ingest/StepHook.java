package dev.edgarlive.ingest;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Pauses one delivery at one of its requests (S3 or DynamoDB) to run something else to completion there, then
 * lets it go on: two invocations interleaved at a chosen step, deterministically and on one thread. Also counts a
 * delivery's requests, and can throw at one of them instead.
 */
final class StepHook implements ExecutionInterceptor {

    /** What this hook throws at a chosen request: a crash of the invocation there. */
    static final class Crash extends RuntimeException {
        Crash(int request) {
            super("crashed at request " + request, null, false, false);
        }
    }

    private boolean counting;
    private int requests;
    private int pauseAt = -1;
    private Runnable meanwhile;
    private int crashAt = -1;

    /** Counts requests from now on. */
    void count() {
        clear();
        counting = true;
    }

    int counted() {
        return requests;
    }

    /** Before request {@code r} from now on, runs {@code meanwhile} (its own requests are not counted). */
    void pauseAt(int r, Runnable meanwhile) {
        clear();
        counting = true;
        pauseAt = r;
        this.meanwhile = meanwhile;
    }

    /** Throws {@link Crash} before request {@code r} from now on. */
    void crashAt(int r) {
        clear();
        counting = true;
        crashAt = r;
    }

    void clear() {
        counting = false;
        requests = 0;
        pauseAt = -1;
        crashAt = -1;
        meanwhile = null;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!counting) {
            return;
        }
        requests++;
        if (requests == crashAt) {
            throw new Crash(requests);
        }
        if (requests == pauseAt) {
            Runnable run = meanwhile;
            counting = false;       // the run in between is not this delivery's
            try {
                run.run();
            } finally {
                counting = true;
            }
        }
    }
}
