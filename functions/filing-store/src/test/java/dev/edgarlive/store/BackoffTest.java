package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @Test
    void waitsAreRandomAndWithinACapThatGrowsWithEachAttempt() {
        List<Long> waits = new ArrayList<>();
        Backoff backoff = new Backoff(waits::add);
        for (int i = 0; i < 200; i++) {
            backoff.pause(1);
        }
        assertThat(waits).allSatisfy(w -> assertThat(w).isBetween(0L, Backoff.cap(1)));
        assertThat(new HashSet<>(waits)).as("jittered, not in step").hasSizeGreaterThan(10);
        assertThat(Backoff.cap(2)).isGreaterThan(Backoff.cap(1));
        assertThat(Backoff.cap(30)).isEqualTo(Backoff.CAP_MILLIS);
    }
}
