package dev.edgarlive.store;

import java.util.Random;

/**
 * Waits before an operation that lost a race is tried again: "full jitter", a random time between zero and an
 * exponentially growing cap, so that writers that collided do not collide again in step. The randomness is seeded
 * from the clock at each wait rather than held in a generator made at start-up, which a snapshot of a started
 * function (SnapStart) would hand to every restored instance alike.
 */
final class Backoff {

    static final long BASE_MILLIS = 20;
    static final long CAP_MILLIS = 1_000;

    /** How a wait is carried out; tests pass one that records instead of sleeping. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final Sleeper sleeper;

    Backoff(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** The longest wait before attempt {@code attempt + 1} (attempts count from 1). */
    static long cap(int attempt) {
        return Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt, 10));
    }

    /** Waits a random time up to {@link #cap}. */
    void pause(int attempt) {
        long bound = cap(attempt);
        long millis = new Random(System.nanoTime() ^ Thread.currentThread().getId()).nextLong(bound + 1);
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting to retry");
        }
    }
}
