package dev.edgarlive.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent requests side by side: the queries of a sharded list or of the daily counts, one per shard.
 * A page then waits for one round trip instead of one per shard (eight by default).
 *
 * <p>The threads are daemons, made as needed and dropped after a minute idle; a Lambda container serves one
 * request at a time, so there are never more than the shards of one request. The SDK's synchronous clients are
 * safe to share between threads.
 */
final class SideBySide {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "store-query-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private SideBySide() {
    }

    /**
     * The tasks' results in the tasks' order (a single task runs on the caller's thread); the first failure, as
     * thrown, once all have ended.
     */
    static <T> List<T> all(List<Supplier<T>> tasks) {
        if (tasks.size() == 1) {
            List<T> one = new ArrayList<>(1);   // may hold null, as a Void task returns
            one.add(tasks.get(0).get());
            return one;
        }
        List<CompletableFuture<T>> running = new ArrayList<>(tasks.size());
        for (Supplier<T> task : tasks) {
            running.add(CompletableFuture.supplyAsync(task, POOL));
        }
        List<T> results = new ArrayList<>(tasks.size());
        RuntimeException failure = null;
        for (CompletableFuture<T> future : running) {
            try {
                results.add(future.join());
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }
}
