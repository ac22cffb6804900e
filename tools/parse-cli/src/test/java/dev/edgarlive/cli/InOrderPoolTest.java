package dev.edgarlive.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class InOrderPoolTest {

    @Test
    void handsResultsOnInInputOrderWhenLaterJobsFinishFirst() throws Exception {
        // Job 0 finishes only after jobs 1 to 3 have: any order but the input's would show it last.
        CountDownLatch othersDone = new CountDownLatch(3);
        List<Integer> handedOn = new ArrayList<>();

        try (InOrderPool pool = new InOrderPool(4, 4)) {
            pool.run(numbers(12), n -> {
                if (n == 0) {
                    await(othersDone);
                } else if (n <= 3) {
                    othersDone.countDown();
                }
                return n;
            }, handedOn::add);
        }

        assertThat(handedOn).containsExactlyElementsOf(IntStream.range(0, 12).boxed().toList());
    }

    @Test
    void handsEachResultOnWithoutWaitingForLaterOnes() throws Exception {
        // The last job finishes only once the first result has been handed on: a run that held results back
        // until all were done would never end.
        CountDownLatch firstHandedOn = new CountDownLatch(1);
        List<Integer> handedOn = new ArrayList<>();

        try (InOrderPool pool = new InOrderPool(2, 8)) {
            pool.run(numbers(4), n -> {
                if (n == 3) {
                    await(firstHandedOn);
                }
                return n;
            }, n -> {
                handedOn.add(n);
                firstHandedOn.countDown();
            });
        }

        assertThat(handedOn).containsExactly(0, 1, 2, 3);
    }

    @Test
    void takesNoMoreInputsThanTheWindowAheadOfWhatItHasHandedOn() throws Exception {
        CountingInputs inputs = new CountingInputs(1000);
        List<Integer> aheadAtEachResult = new ArrayList<>();

        try (InOrderPool pool = new InOrderPool(2, 8)) {
            pool.run(inputs, n -> n, n -> aheadAtEachResult.add(inputs.taken - n - 1));
        }

        assertThat(aheadAtEachResult).hasSize(1000);
        assertThat(aheadAtEachResult.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .as("inputs taken but not yet handed on").isLessThanOrEqualTo(8 - 1);
    }

    @Test
    void runsAsManyJobsAtOnceAsItHasThreads() throws Exception {
        // Each of the four jobs waits for the other three: they finish only if all four run at the same time.
        CyclicBarrier allFour = new CyclicBarrier(4);
        List<Integer> handedOn = new ArrayList<>();

        try (InOrderPool pool = new InOrderPool(4)) {
            pool.run(numbers(4), n -> {
                try {
                    allFour.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("job " + n + " never met the other three", e);
                }
                return n;
            }, handedOn::add);
        }

        assertThat(handedOn).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aJobThatThrowsEndsTheRunOnceTheResultsBeforeItAreHandedOn() {
        List<Integer> handedOn = new ArrayList<>();

        assertThatThrownBy(() -> {
            try (InOrderPool pool = new InOrderPool(3)) {
                pool.run(numbers(20), n -> {
                    if (n == 5) {
                        throw new IllegalStateException("job 5 broke");
                    }
                    return n;
                }, handedOn::add);
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("job 5 broke");

        assertThat(handedOn).containsExactly(0, 1, 2, 3, 4);
    }

    private static Iterator<Integer> numbers(int count) {
        return IntStream.range(0, count).iterator();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the later jobs ran").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** 0, 1, 2 ... counting how many the pool has taken; read on the thread that takes them. */
    private static final class CountingInputs implements Iterator<Integer> {

        private final int count;
        int taken;

        CountingInputs(int count) {
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return taken < count;
        }

        @Override
        public Integer next() {
            return taken++;
        }
    }
}
