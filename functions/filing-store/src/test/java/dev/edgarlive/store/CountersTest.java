package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CountersTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 2);
    private static final Counters.Slot SLOT = new Counters.Slot("STATS#3", "2024-05-02");

    @Test
    void aNewFilingCountsOnceForItsFormAndEachItemCodeInOneTallyRow() {
        IndexFacts facts = new IndexFacts("id", "8-K", DAY, 3, "0000000001", List.of("2.02", "9.01"));
        assertThat(Counters.deltas(null, facts)).containsExactly(
                Map.entry(SLOT, Map.of("F#8-K", 1L, "I#2.02", 1L, "I#9.01", 1L)));
    }

    @Test
    void aRemovedFilingUncountsExactlyWhatItCounted() {
        IndexFacts facts = new IndexFacts("id", "8-K", DAY, 3, null, List.of("2.02"));
        assertThat(Counters.deltas(facts, null)).containsExactly(
                Map.entry(SLOT, Map.of("F#8-K", -1L, "I#2.02", -1L)));
    }

    @Test
    void aReplacementChangesOnlyWhatDiffers() {
        IndexFacts before = new IndexFacts("id", "8-K", DAY, 3, null, List.of("2.02", "9.01"));
        IndexFacts after = new IndexFacts("id", "8-K", DAY, 3, null, List.of("5.02", "9.01"));
        assertThat(Counters.deltas(before, after)).containsExactly(
                Map.entry(SLOT, Map.of("I#2.02", -1L, "I#5.02", 1L)));
        assertThat(Counters.deltas(before, before)).isEmpty();
    }

    @Test
    void aReplacementOnAnotherDayMovesTheCountsBetweenTwoRows() {
        IndexFacts before = new IndexFacts("id", "8-K", DAY, 3, null, List.of("2.02"));
        IndexFacts after = new IndexFacts("id", "8-K", DAY.plusDays(1), 3, null, List.of("2.02"));
        assertThat(Counters.deltas(before, after)).containsExactly(
                Map.entry(SLOT, Map.of("F#8-K", -1L, "I#2.02", -1L)),
                Map.entry(new Counters.Slot("STATS#3", "2024-05-03"), Map.of("F#8-K", 1L, "I#2.02", 1L)));
    }

    @Test
    void aFilingWithManyItemCodesStillTakesOneUpdate() {
        List<String> codes = IntStream.range(0, 150).mapToObj(i -> "X" + i).toList();
        IndexFacts facts = new IndexFacts("id", "10-K", DAY, 0, null, codes);
        assertThat(Counters.updates("t", Counters.deltas(null, facts))).hasSize(1);
    }

    @Test
    void anUndatedFilingCountsNowhere() {
        assertThat(Counters.deltas(null, new IndexFacts("id", "8-K", null, 0, null, List.of("8.01")))).isEmpty();
    }
}
