package dev.edgarlive.local;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReprocessProgressTest {

    private static final Instant START = Instant.parse("2024-05-02T16:00:00Z");

    @Test
    void doneIsWhatWasQueuedLessWhatTheQueueStillHoldsAndNeverGoesBack() {
        ReprocessProgress progress = new ReprocessProgress(START);
        progress.queued(1_000, false);

        progress.depth(START.plusSeconds(10), 900);
        progress.depth(START.plusSeconds(12), 950); // SQS's approximate depth wobbles
        progress.queued(2_000, true);
        progress.depth(START.plusSeconds(20), 1_500);

        assertThat(progress.done()).isEqualTo(500);
        assertThat(progress.finished()).isFalse();
    }

    @Test
    void theRateFollowsTheLastMinuteAndGivesTheTimeLeftOnceEveryKeyIsListed() {
        ReprocessProgress progress = new ReprocessProgress(START);
        progress.queued(1_000, false);
        progress.depth(START.plusSeconds(60), 1_000); // a slow start: nothing done in the first minute
        assertThat(progress.estimatedTimeLeft()).as("total unknown while listing").isEmpty();

        progress.queued(3_000, true);
        progress.depth(START.plusSeconds(90), 2_700); // 300 done in 30 s
        progress.depth(START.plusSeconds(120), 2_400); // 600 done in 60 s

        assertThat(progress.rate()).isEqualTo(10.0);
        assertThat(progress.estimatedTimeLeft()).contains(Duration.ofSeconds(240));
        assertThat(progress.line(START.plusSeconds(120)))
                .isEqualTo("reprocess: 600 / 3,000 done (20%), 10.0/s, about 4:00 left, 2:00 elapsed");
    }

    @Test
    void finishedOnceListedAndTheQueueIsEmpty() {
        ReprocessProgress progress = new ReprocessProgress(START);
        progress.queued(10, true);
        progress.depth(START.plusSeconds(5), 0);

        assertThat(progress.finished()).isTrue();
        assertThat(progress.line(START.plusSeconds(5))).startsWith("reprocess: 10 / 10 done (100%)");
    }

    @Test
    void aRunThatQueuedNothingIsFinishedAtOnce() {
        ReprocessProgress progress = new ReprocessProgress(START);
        progress.queued(0, true);
        progress.depth(START.plusSeconds(1), 0);

        assertThat(progress.finished()).isTrue();
        assertThat(progress.line(START.plusSeconds(1))).startsWith("reprocess: 0 / 0 done,");
    }
}
