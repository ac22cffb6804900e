package dev.edgarlive.store;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A function's own clients' first calls, made before its first event rather than in it: on the way the SDK builds
 * and asks each client's credentials chain for this environment's credentials, and the HTTP client opens its
 * connection. Which calls those are is each function's choice (cheap reads that change nothing); this class runs
 * them with a time limit and tells when they may run.
 *
 * <p>The credentials and the connection are unique to an environment, so the calls never run before a SnapStart
 * snapshot: with SnapStart ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}) they run after each restore (in the
 * restore phase, before the first event), otherwise at the end of initialisation, as on Lambda on demand and on the
 * local stack. A failure only costs time: the first event then makes these calls itself.
 */
public final class FirstCalls {

    /** How long initialisation or a restore waits for the first calls. */
    public static final Duration LIMIT = Duration.ofSeconds(2);
    /** A CIK no company has (all zeros): reading its profile is a first call that costs half a read unit. */
    public static final String NO_COMPANY = "0000000000";

    private FirstCalls() {
    }

    /** Whether Lambda is initialising this environment to take a SnapStart snapshot of it. */
    public static boolean snapshotFollows(String initializationType) {
        return "snap-start".equals(initializationType);
    }

    /**
     * Runs {@code calls} on a thread of their own and waits for them at most {@code limit}: a restore's hooks and an
     * on-demand init have time limits, and a slow answer must not use them up (the calls then finish on their own,
     * and the first event finds the connection open or opens it).
     */
    public static Outcome makeWithin(Runnable calls, Duration limit) {
        long start = System.nanoTime();
        CompletableFuture<Void> running = CompletableFuture.runAsync(calls, task -> {
            Thread thread = new Thread(task, "first-calls");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(true, millisSince(start), "");
        } catch (TimeoutException slow) {
            return new Outcome(false, millisSince(start), "not done within " + limit.toMillis()
                    + " ms; they go on while the function serves");
        } catch (ExecutionException failed) {
            return new Outcome(false, millisSince(start), String.valueOf(failed.getCause().getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(false, millisSince(start), "interrupted");
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * How the first calls went.
     *
     * @param made    whether they went through within the limit
     * @param millis  how long was waited for them
     * @param problem why not, when not
     */
    public record Outcome(boolean made, long millis, String problem) {

        /** The line a function logs about them. */
        @Override
        public String toString() {
            return made ? "the function's clients made their first calls in " + millis + " ms (credentials, connection)"
                    : "the function's clients' first calls did not go through after " + millis + " ms (" + problem
                    + "); the first event makes them";
        }
    }
}
