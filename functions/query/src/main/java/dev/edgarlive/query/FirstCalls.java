package dev.edgarlive.query;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The function's own clients' first calls, made before the first request rather than in it: the store reads a
 * company no filing can have (one GetItem; DynamoDB answers "no item"), and the presigner signs a link. On the way
 * the SDK resolves this environment's credentials, the HTTP client opens its connection to DynamoDB, and the
 * credentials chain of each client is built; on the local stack that was about 10 ms of the first request.
 *
 * <p>The credentials and the connection are unique to an environment, so this never runs before a SnapStart
 * snapshot: with SnapStart ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}) it runs after each restore (in the
 * restore phase, before the first event), otherwise at the end of initialisation, as on Lambda on demand and on the
 * local stack. A failure only costs time: the first request then makes these calls itself.
 */
final class FirstCalls {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.query");
    /** How long initialisation or a restore waits for the first calls. */
    static final Duration LIMIT = Duration.ofSeconds(2);
    /** All zeros: no company has it, so the read costs half a read unit and changes nothing. */
    private static final String NO_COMPANY = "0000000000";

    private final ApiBackend backend;

    FirstCalls(ApiBackend backend) {
        this.backend = backend;
    }

    /** Whether Lambda is initialising this environment to take a SnapStart snapshot of it. */
    static boolean snapshotFollows(String initializationType) {
        return "snap-start".equals(initializationType);
    }

    /**
     * Makes the first calls, waiting for them at most {@code limit}: a restore's hooks and an on-demand init have
     * time limits, and a slow answer must not use them up (the calls then finish on their own thread, and the first
     * request finds the connection open or opens it). Whether they went through in time.
     */
    boolean makeWithin(Duration limit) {
        CompletableFuture<Boolean> calls = CompletableFuture.supplyAsync(this::make, task -> {
            Thread thread = new Thread(task, "first-calls");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            return calls.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            LOG.warnf("the function's clients' first calls took over %d ms; they go on while the function serves",
                    limit.toMillis());
            return false;
        } catch (ExecutionException unexpected) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes the first calls; whether they went through (a failure is logged, not thrown). */
    private boolean make() {
        long start = System.nanoTime();
        try {
            backend.store().findCompany(NO_COMPANY);
            backend.presigner().presignGetObject(request -> request.signatureDuration(Duration.ofMinutes(1))
                    .getObjectRequest(get -> get.bucket("first-call").key("first-call")));
            LOG.infof("the function's clients made their first calls in %d ms (credentials, connection)",
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (RuntimeException failed) {
            LOG.warnf("the function's clients' first calls failed after %d ms; the first request makes them: %s",
                    (System.nanoTime() - start) / 1_000_000, failed.getMessage());
            return false;
        }
    }
}
