package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CountersTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

    @Test
    void aNewFilingCountsOnceForItsFormAndEachItemCode() {
        IndexFacts facts = new IndexFacts("id", "8-K", DAY, 3, "0000000001", List.of("2.02", "9.01"));
        assertThat(Counters.deltas(null, facts)).containsExactlyInAnyOrderEntriesOf(Map.of(
                new Counters.Slot("STATS#FORM#8-K", "2024-05-02#03"), 1L,
                new Counters.Slot("STATS#ITEM#2.02", "2024-05-02#03"), 1L,
                new Counters.Slot("STATS#ITEM#9.01", "2024-05-02#03"), 1L));
    }

    @Test
    void aRemovedFilingUncountsExactlyWhatItCounted() {
        IndexFacts facts = new IndexFacts("id", "8-K", DAY, 3, null, List.of("2.02"));
        assertThat(Counters.deltas(facts, null)).containsExactlyInAnyOrderEntriesOf(Map.of(
                new Counters.Slot("STATS#FORM#8-K", "2024-05-02#03"), -1L,
                new Counters.Slot("STATS#ITEM#2.02", "2024-05-02#03"), -1L));
    }

    @Test
    void aReplacementChangesOnlyWhatDiffers() {
        IndexFacts before = new IndexFacts("id", "8-K", DAY, 3, null, List.of("2.02", "9.01"));
        IndexFacts after = new IndexFacts("id", "8-K", DAY, 3, null, List.of("5.02", "9.01"));
        assertThat(Counters.deltas(before, after)).containsExactlyInAnyOrderEntriesOf(Map.of(
                new Counters.Slot("STATS#ITEM#2.02", "2024-05-02#03"), -1L,
                new Counters.Slot("STATS#ITEM#5.02", "2024-05-02#03"), 1L));
        assertThat(Counters.deltas(before, before)).isEmpty();
    }

    @Test
    void anUndatedFilingCountsNowhere() {
        assertThat(Counters.deltas(null, new IndexFacts("id", "8-K", null, 0, null, List.of("8.01")))).isEmpty();
    }
}
