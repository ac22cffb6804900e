package dev.edgarlive.local;

import dev.edgarlive.local.LambdaFunction.InvocationTime;
import dev.edgarlive.local.UploadToQueryLatency.SameAnswer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UploadToQueryLatencyTest {

    @Test
    void aFirstInvocationIsComparedWithTheWarmOnesThatGaveTheSameAnswer() {
        List<InvocationTime> times = List.of(first(80), warm(20), warm(40), warm(22), warm(38), warm(42));
        List<Integer> statuses = List.of(200, 404, 200, 404, 200, 200);

        SameAnswer same = SameAnswer.of(times, statuses).orElseThrow();

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.warm()).as("the warm 200s only").isEqualTo(3);
        assertThat(same.warmP50Ms()).isEqualTo(40);
        assertThat(same.ratio()).isEqualTo(2.0);
        assertThat(same.toString()).contains("answered 200").contains("(2.0x)");
    }

    @Test
    void withoutOneInvocationPerRequestOrAWarmOneOfTheSameAnswerThereIsNoComparison() {
        assertThat(SameAnswer.of(List.of(first(80), warm(20)), List.of(404))).as("counts differ").isEmpty();
        assertThat(SameAnswer.of(List.of(first(80), warm(20)), List.of(200, 404))).as("no warm 200").isEmpty();
        assertThat(SameAnswer.of(List.of(), List.of())).isEmpty();
    }

    private static InvocationTime first(long millis) {
        return new InvocationTime(1, true, Duration.ofMillis(millis));
    }

    private static InvocationTime warm(long millis) {
        return new InvocationTime(1, false, Duration.ofMillis(millis));
    }
}
