package dev.edgarlive.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a bounded series of calls on a few client threads and times each one. Bounded twice: at most the given
 * number of calls, and no call starts after the time limit (a stuck emulator ends the series, not the run).
 */
final class CallSeries {

    /** One call; true when it gave the answer expected (a 200, a found filing), false or a throw when not. */
    @FunctionalInterface
    interface Call {
        boolean run() throws Exception;
    }

    private static final long NOT_RUN = -1;

    private final int clients;
    private final Duration timeLimit;

    CallSeries(int clients, Duration timeLimit) {
        if (clients < 1) {
            throw new IllegalArgumentException("at least one client, was " + clients);
        }
        this.clients = clients;
        this.timeLimit = timeLimit;
    }

    SeriesResult run(List<Call> calls) throws InterruptedException {
        long[] nanos = new long[calls.size()];
        Arrays.fill(nanos, NOT_RUN);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < calls.size() && System.nanoTime() < deadline;
                         i = next.getAndIncrement()) {
                        long callStarted = System.nanoTime();
                        String failure = outcome(calls.get(i));
                        nanos[i] = System.nanoTime() - callStarted;
                        if (failure != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, failure);
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException impossible) {
            throw new IllegalStateException("a client thread failed outside a call", impossible.getCause());
        } finally {
            threads.shutdownNow();
        }
        long wall = System.nanoTime() - started;
        // Calls never started (time limit reached) are not latencies.
        long[] ran = Arrays.stream(nanos).filter(n -> n != NOT_RUN).toArray();
        return new SeriesResult(new Latencies(ran), errors.get(), firstError.get(), wall, clients);
    }

    /** Null when the call succeeded, else what went wrong. */
    private static String outcome(Call call) {
        try {
            return call.run() ? null : "unexpected answer";
        } catch (Exception failed) {
            return failed.getClass().getSimpleName() + ": " + failed.getMessage();
        }
    }
}
