package dev.edgarlive.store;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Filing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Lambda instances handling events for the same filing at the same moment: the conditional META writes make
 * one of them re-read and decide again, so the result is the same as one after the other.
 *
 * <p>Skipped on moto: its TransactWriteItems is not isolated (a transaction that fails restores a copy of the
 * table taken when it began, undoing whatever a concurrent transaction wrote meanwhile), so concurrent
 * transactions there lose writes that DynamoDB and LocalStack keep. Runs on LocalStack or a real endpoint.
 */
@RequiresEmulator
class ConcurrentWritesIT {

    private static final LocalDate FILED = LocalDate.of(2024, 6, 3);
    private static final int ROUNDS = 8;

    private StoreFixture fixture;
    private ExecutorService pool;

    @BeforeEach
    void provision() {
        Assumptions.assumeFalse(AwsEmulator.shared().description().contains("moto"),
                "Skipped on moto_server: its transactions are not isolated from each other");
        fixture = new StoreFixture(4);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            pool.shutdownNow();
            fixture.close();
        }
    }

    @Test
    void theSameBytesSavedUnderTwoKeysAtOnceMakeOneFilingCountedOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String accession = String.format("0000000007-24-%06d", round);
            Filing filing = Filings.simple(accession, "8-K", "7", "Seven Inc", FILED, "2.02");
            String a = "filings/a" + round + ".txt";
            String b = "filings/b" + round + ".txt";
            List<SaveOutcome> outcomes = together(
                    () -> fixture.store.save(StoreFixture.source(a, accession), filing),
                    () -> fixture.store.save(StoreFixture.source(b, accession), filing));

            assertThat(outcomes).extracting(SaveOutcome::change)
                    .containsExactlyInAnyOrder(SaveOutcome.Change.CREATED, SaveOutcome.Change.UNCHANGED);
            assertThat(fixture.store.findFiling(accession, false).orElseThrow().sourceKeys()).containsExactly(a, b);
        }
        assertThat(fixture.store.dailyCountsByForm("8-K", FILED, FILED))
                .containsExactly(new DailyCount(FILED, ROUNDS));
    }

    @Test
    void bothKeysOfAFilingRemovedAtOnceRemoveTheFiling() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String accession = String.format("0000000007-24-%06d", round);
            Filing filing = Filings.simple(accession, "8-K", "7", "Seven Inc", FILED, "2.02");
            String a = "filings/a" + round + ".txt";
            String b = "filings/b" + round + ".txt";
            fixture.store.save(StoreFixture.source(a, accession), filing);
            fixture.store.save(StoreFixture.source(b, accession), filing);

            List<RemoveOutcome> outcomes = together(
                    () -> fixture.store.removeSource(a),
                    () -> fixture.store.removeSource(b));

            assertThat(outcomes).extracting(RemoveOutcome::result).containsExactlyInAnyOrder(
                    RemoveOutcome.Result.SOURCE_DETACHED, RemoveOutcome.Result.FILING_REMOVED);
            assertThat(fixture.store.findFiling(accession, false)).isEmpty();
        }
        assertThat(fixture.store.dailyCountsByForm("8-K", FILED, FILED)).isEmpty();
        assertThat(fixture.store.filingsByForm("8-K", FilingQuery.firstPage(50)).items()).isEmpty();
    }

    /** Runs both at the same instant (as far as two threads can) and returns their results. */
    private <T> List<T> together(Callable<T> first, Callable<T> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<T> a = pool.submit(() -> {
            start.await();
            return first.call();
        });
        Future<T> b = pool.submit(() -> {
            start.await();
            return second.call();
        });
        return List.of(a.get(), b.get());
    }
}
