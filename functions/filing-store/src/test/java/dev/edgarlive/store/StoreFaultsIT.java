package dev.edgarlive.store;

import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.Signature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static dev.edgarlive.store.KeyEvents.Event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection: a change of a key fails at each request it makes, before the request is sent and after its
 * answer came back, and then its event is delivered again (S3 and Lambda deliver at least once). The table and the
 * bucket must end exactly as without the fault: every row of the filings' partitions (parts, texts, seals, index
 * rows), the source rows, the daily tallies, the company profile and the derived S3 objects. Between the fault
 * and the redelivery a reader sees a whole filing or none.
 *
 * <p>Every run has keys, accession numbers, a CIK and days of its own, so that runs share one table without
 * touching each other's rows, and their snapshots compare once those names are replaced.
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreFaultsIT {

    private StoreFixture fixture;
    private int runs;

    @BeforeAll
    void provision() {
        // One shard: the tally rows and index partitions of two runs then differ only in their names.
        fixture = new StoreFixture(1);
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    /** One run's own names and filings. */
    private final class Run {
        final int n = ++runs;
        final String cik = Integer.toString(770_000 + n);
        final String key1 = "filings/run-" + n + "/a.txt";
        final String key2 = "filings/run-" + n + "/b.txt";
        final String acc1 = String.format("%010d-24-%06d", 770_000 + n, 1);
        final String acc3 = String.format("%010d-24-%06d", 770_000 + n, 3);
        final LocalDate day1 = LocalDate.of(2001, 1, 1).plusDays(2L * n);
        final LocalDate day2 = day1.plusDays(1);

        /** The first content of acc1: two items (one text in S3), an exhibit with text. */
        Filing v1() {
            return filing(acc1, day1, List.of(new Item("2.02", "2.02", "Results of Operations", BIG_TEXT_1),
                            new Item("9.01", "9.01", "Financial Statements and Exhibits", "Exhibit 99.1 Press release")),
                    List.of(new Exhibit("99.1", "Press release", "EX-99.1", 2, "ex99.htm", "Revenue rose.")));
        }

        /** Other content for the same accession (an amended file): other items and day, another big text. */
        Filing v2() {
            return filing(acc1, day2, List.of(new Item("5.02", "5.02", "Departure of Directors", BIG_TEXT_2),
                            new Item("8.01", "8.01", "Other Events", "Other events.")),
                    List.of(new Exhibit("10.1", "Agreement", null, null, null, null)));
        }

        /** Another accession altogether. */
        Filing v3() {
            return filing(acc3, day1, List.of(new Item("1.01", "1.01", "Entry into an Agreement", "Agreement.")),
                    List.of());
        }

        private Filing filing(String accession, LocalDate day, List<Item> items, List<Exhibit> exhibits) {
            Company company = new Company("FAULT TEST CO", cik, null, null, "DE", null, null, null, null, null,
                    List.of());
            return new Filing(accession, "8-K", false, day, day, null, company, items, exhibits,
                    List.of(new Signature("A. Signer", "CFO", day)),
                    List.of(new Document(1, "8-K", "form8k.htm", null, DocumentFormat.HTML, 1000)), List.of());
        }

        Map<String, String> tokens() {
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put(key1, "<key1>");
            tokens.put(key2, "<key2>");
            tokens.put(acc1, "<acc1>");
            tokens.put(acc3, "<acc3>");
            tokens.put(Keys.cik(cik), "<cik10>");
            tokens.put(day1.toString(), "<day1>");
            tokens.put(day2.toString(), "<day2>");
            tokens.put(cik, "<cik>");
            return tokens;
        }

        String snapshot() {
            return Snapshot.of(fixture, List.of(acc1, acc3), List.of(key1, key2),
                    List.of(day1.toString(), day2.toString()), cik, tokens());
        }
    }

    /** Texts that compress too little to stay in a row: kept in S3. */
    private static final String BIG_TEXT_1 = Filings.noise(100_000, 11);
    private static final String BIG_TEXT_2 = Filings.noise(100_000, 12);

    /** A change under test, and the events that set its stage. */
    private record Scenario(String name, List<Function<Run, Event>> setup, Function<Run, Event> change) {
    }

    private static List<Scenario> scenarios() {
        return List.of(
                new Scenario("a new filing", List.of(),
                        r -> Event.put(r.key1, "10", "v1 bytes", r.v1())),
                new Scenario("new content for the same accession", List.of(
                        r -> Event.put(r.key1, "10", "v1 bytes", r.v1())),
                        r -> Event.put(r.key1, "20", "v2 bytes", r.v2())),
                new Scenario("new content that is another filing", List.of(
                        r -> Event.put(r.key1, "10", "v1 bytes", r.v1())),
                        r -> Event.put(r.key1, "20", "v3 bytes", r.v3())),
                new Scenario("the same bytes under a second key", List.of(
                        r -> Event.put(r.key1, "10", "v1 bytes", r.v1())),
                        r -> Event.put(r.key2, "10", "v1 bytes", r.v1())),
                new Scenario("the same bytes by a newer parser", List.of(
                        r -> Event.put(r.key1, "10", "v1 bytes", r.v1(), 1)),
                        r -> Event.put(r.key1, "20", "v1 bytes", r.v1(), 2)),
                new Scenario("the removal of a filing's only key", List.of(
                        r -> Event.put(r.key1, "10", "v1 bytes", r.v1())),
                        r -> Event.delete(r.key1, "20")),
                new Scenario("the removal of one of two keys", List.of(
                        r -> Event.put(r.key1, "10", "v1 bytes", r.v1()),
                        r -> Event.put(r.key2, "10", "v1 bytes", r.v1())),
                        r -> Event.delete(r.key1, "20")),
                new Scenario("a failure over a filing", List.of(
                        r -> Event.put(r.key1, "10", "v1 bytes", r.v1())),
                        r -> Event.fail(r.key1, "20", "broken bytes", "TRUNCATED_INPUT: the file ends early")));
    }

    @Test
    void aFaultAtAnyStepOfAChangeEndsAsWithoutItOnceTheEventIsDeliveredAgain() {
        List<String> wrong = new ArrayList<>();
        int faults = 0;
        for (Scenario scenario : scenarios()) {
            Run reference = new Run();
            int steps = stage(scenario, reference, null, null);
            String expected = reference.snapshot();
            assertThat(steps).as(scenario.name() + ": requests").isGreaterThan(1);
            for (int step = 1; step <= steps; step++) {
                for (StepInterceptor.When when : StepInterceptor.When.values()) {
                    Run run = new Run();
                    stage(scenario, run, step, when);
                    faults++;
                    String actual = run.snapshot();
                    if (!actual.equals(expected)) {
                        wrong.add(scenario.name() + ", fault " + when + " request " + step + ":\n"
                                + firstDifference(expected, actual));
                    }
                }
            }
        }
        System.out.printf("StoreFaultsIT: %d faults injected over %d changes, %d wrong final states%n", faults,
                scenarios().size(), wrong.size());
        assertThat(wrong).as("final states that differ from the run without a fault").isEmpty();
    }

    /**
     * Sets the stage, applies the change (failing at request {@code step} when given), checks what readers see,
     * delivers the change's event again, twice. Returns the number of requests the change made.
     */
    private int stage(Scenario scenario, Run run, Integer step, StepInterceptor.When when) {
        scenario.setup().forEach(event -> KeyEvents.apply(fixture.store, event.apply(run)));
        Event change = scenario.change().apply(run);
        fixture.steps.reset();
        if (step != null) {
            fixture.steps.failAt(step, when);
        }
        try {
            KeyEvents.apply(fixture.store, change);
        } catch (RuntimeException crashed) {
            if (!causedByFault(crashed)) {
                throw crashed;
            }
            assertReadersSeeWholeFilings(run);
        }
        int steps = fixture.steps.steps().size();
        fixture.steps.reset();
        KeyEvents.apply(fixture.store, change);
        if (step == null) {
            // Without a fault, the second delivery is a redelivery of a finished change: it must change nothing.
            String once = run.snapshot();
            assertThat(KeyEvents.apply(fixture.store, change)).isEqualTo("DUPLICATE");
            assertThat(run.snapshot()).as(scenario.name() + ": delivered twice").isEqualTo(once);
        }
        return steps;
    }

    private void assertReadersSeeWholeFilings(Run run) {
        for (String id : List.of(run.acc1, run.acc3)) {
            Optional<StoredFiling> found = fixture.reader.findFiling(id, true);
            found.ifPresent(f -> assertThat(f.filing()).as("a whole filing").isIn(run.v1(), run.v2(), run.v3()));
        }
    }

    private static boolean causedByFault(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StepInterceptor.InjectedFault) {
                return true;
            }
        }
        return false;
    }

    private static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        StringBuilder out = new StringBuilder();
        e.stream().filter(line -> !a.contains(line)).limit(3).forEach(l -> out.append("  missing: ").append(l)
                .append('\n'));
        a.stream().filter(line -> !e.contains(line)).limit(3).forEach(l -> out.append("  extra:   ").append(l)
                .append('\n'));
        return out.toString();
    }
}
