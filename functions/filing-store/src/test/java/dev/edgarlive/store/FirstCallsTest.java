package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class FirstCallsTest {

    @Test
    void onlyASnapStartInitialisationIsFollowedByASnapshot() {
        assertThat(FirstCalls.snapshotFollows("snap-start")).isTrue();
        assertThat(FirstCalls.snapshotFollows("on-demand")).isFalse();
        assertThat(FirstCalls.snapshotFollows("provisioned-concurrency")).isFalse();
        assertThat(FirstCalls.snapshotFollows(null)).isFalse();
    }

    @Test
    void callsThatGoThroughAreMadeOnAThreadOfTheirOwn() {
        AtomicReference<String> thread = new AtomicReference<>();

        FirstCalls.Outcome outcome = FirstCalls.makeWithin(() -> thread.set(Thread.currentThread().getName()),
                Duration.ofSeconds(5));

        assertThat(outcome.made()).isTrue();
        assertThat(thread).hasValue("first-calls");
        assertThat(outcome.toString()).startsWith("the function's clients made their first calls in");
    }

    @Test
    void aFailedCallIsAnOutcomeWithItsReasonNotAnException() {
        FirstCalls.Outcome outcome = FirstCalls.makeWithin(() -> {
            throw new IllegalStateException("no credentials");
        }, Duration.ofSeconds(5));

        assertThat(outcome.made()).isFalse();
        assertThat(outcome.toString()).contains("(no credentials)").endsWith("the first event makes them");
    }

    @Test
    void aSlowCallIsLeftRunningOnceTheLimitIsReached() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        long start = System.nanoTime();

        FirstCalls.Outcome outcome = FirstCalls.makeWithin(() -> {
            try {
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, Duration.ofMillis(100));

        assertThat(outcome.made()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(outcome.problem()).contains("not done within 100 ms");
        release.countDown();
    }
}
