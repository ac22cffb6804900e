package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SideBySideTest {

    @Test
    void resultsComeInTheTasksOrder() {
        List<Supplier<Integer>> tasks = List.of(() -> sleepThen(60, 1), () -> sleepThen(0, 2), () -> sleepThen(30, 3));

        assertThat(SideBySide.all(tasks)).containsExactly(1, 2, 3);
    }

    @Test
    void tasksRunAtTheSameTime() {
        // Each task waits for all three to have started: run one after another, they would never finish.
        CountDownLatch started = new CountDownLatch(3);
        Supplier<Boolean> task = () -> {
            started.countDown();
            try {
                return started.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };

        assertThat(SideBySide.all(List.of(task, task, task))).containsExactly(true, true, true);
    }

    @Test
    void aFailureIsThrownAsItWasOnceEveryTaskHasEnded() {
        AtomicInteger finished = new AtomicInteger();
        IllegalStateException thrown = new IllegalStateException("throttled");
        List<Supplier<Integer>> tasks = List.of(
                () -> { throw thrown; },
                () -> { sleepThen(100, 0); return finished.incrementAndGet(); });

        assertThatThrownBy(() -> SideBySide.all(tasks)).isSameAs(thrown);
        assertThat(finished).hasValue(1);
    }

    @Test
    void oneTaskRunsOnTheCallersThread() {
        Thread caller = Thread.currentThread();

        assertThat(SideBySide.all(List.of(() -> Thread.currentThread() == caller))).containsExactly(true);
    }

    private static int sleepThen(long millis, int value) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }
}
