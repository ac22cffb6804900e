package dev.edgarlive.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one job per input on a fixed number of threads and hands the results on in input order, each as soon as it
 * and every one before it are done.
 *
 * <p>At most {@code window} inputs are taken but not yet handed on (queued, running, or done and waiting for an
 * earlier one), so memory stays bounded whatever the number of inputs: inputs are taken from the iterator only as
 * room frees up. The window is a few times the thread count, so that one slow input at the head holds up the
 * others only once they have run that far ahead of it.
 */
final class InOrderPool implements AutoCloseable {

    /** Inputs in flight per thread: enough to keep every thread busy behind a slow head, few enough to hold. */
    static final int WINDOW_PER_THREAD = 4;

    private final ExecutorService threads;
    private final int window;

    InOrderPool(int threadCount) {
        this(threadCount, threadCount * WINDOW_PER_THREAD);
    }

    InOrderPool(int threadCount, int window) {
        if (threadCount < 1 || window < threadCount) {
            throw new IllegalArgumentException("threads " + threadCount + ", window " + window);
        }
        this.threads = Executors.newFixedThreadPool(threadCount, new Workers());
        this.window = window;
    }

    /**
     * Applies {@code job} to every input and gives each result to {@code sink}, on the calling thread, in input
     * order. A job that throws ends the run with its exception once every result before it has been handed on.
     */
    <I, R> void run(Iterator<I> inputs, Function<I, R> job, Consumer<R> sink) throws InterruptedException {
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
        while (inputs.hasNext()) {
            // Hand on what is ready before taking more, so a slow source of inputs does not hold back output.
            while (!inFlight.isEmpty() && (inFlight.size() == window || inFlight.peekFirst().isDone())) {
                sink.accept(resultOf(inFlight.removeFirst()));
            }
            I input = inputs.next();
            inFlight.addLast(threads.submit(() -> job.apply(input)));
        }
        while (!inFlight.isEmpty()) {
            sink.accept(resultOf(inFlight.removeFirst()));
        }
    }

    private static <R> R resultOf(Future<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            // A Function throws nothing checked; this keeps the compiler's exhaustiveness honest.
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the threads; jobs still queued (after a failure) are dropped. */
    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** Daemon threads, so that a run that ends by an exception does not wait for jobs nobody will read. */
    private static final class Workers implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable job) {
            Thread thread = new Thread(job, "parse-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
