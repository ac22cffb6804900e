package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SequencerTest {

    @Test
    void sequencersOfDifferentLengthsCompareAfterRightPaddingWithZeros() {
        // S3: "the sequencers can be of different lengths; to compare, right-pad the shorter with zeros".
        assertThat(less("0065A1B2C3D4E5F6", "0065A1B2C3D4E5F607")).isTrue();
        assertThat(less("0065A1B2C3D4E5F7", "0065A1B2C3D4E5F607")).isFalse();
        assertThat(Sequencer.normalize("0A")).isEqualTo(Sequencer.normalize("0A00"));
        assertThat(less("09FF", "0A")).isTrue();
    }

    @Test
    void caseAndSurroundingSpaceDoNotMatterAndMalformedSequencersCountAsNone() {
        assertThat(Sequencer.normalize(" 00ab ")).isEqualTo(Sequencer.normalize("00AB"));
        assertThat(Sequencer.normalize("not-hex")).isNull();
        assertThat(Sequencer.normalize("")).isNull();
        assertThat(Sequencer.normalize(null)).isNull();
        assertThat(Sequencer.normalize("F".repeat(Sequencer.WIDTH + 1))).isNull();
        assertThat(Sequencer.normalize("1")).hasSize(Sequencer.WIDTH);
    }

    @Test
    void aStateFromALaterEventSupersedesAnEarlierOneAndKnowsItsOwnRedelivery() {
        SourceState state = new SourceState("k", SourceState.Status.FILING, Sequencer.normalize("00B0"), null, null,
                "id", 1, 2, 0, null, Instant.EPOCH, null);
        assertThat(state.isAfter(new EventStamp("00A9FF", null))).isTrue();
        assertThat(state.isAfter(new EventStamp("00B1", null))).isFalse();
        assertThat(state.isFrom(new EventStamp("00b0", null))).isTrue();
        assertThat(state.isAfter(EventStamp.unordered())).as("no sequencer, no verdict").isFalse();
        assertThat(state.isFrom(EventStamp.unordered())).isFalse();
    }

    private static boolean less(String a, String b) {
        return Sequencer.compare(Sequencer.normalize(a), Sequencer.normalize(b)) < 0;
    }
}
