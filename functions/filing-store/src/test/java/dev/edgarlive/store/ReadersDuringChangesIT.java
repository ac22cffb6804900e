package dev.edgarlive.store;

import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.edgarlive.store.KeyEvents.Event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers during a change: before and after every request a replacement, a removal or a failure makes, another
 * client reads the filing every way the API does (whole, without texts, each item and exhibit, each list it is
 * in, the daily counts) and must see the old filing whole, the new one whole, or none; never a mix. moto does not
 * isolate concurrent requests, so the reads are interleaved deterministically, at each step of the writer.
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadersDuringChangesIT {

    private StoreFixture fixture;
    private int runs;

    @BeforeAll
    void provision() {
        fixture = new StoreFixture(2);
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    @Test
    void duringAReplacementOfTheContentReadersSeeTheOldFilingOrTheNewOneWhole() {
        Run run = new Run();
        int reads = changeAndRead(run, Event.put(run.key, "10", "v1", run.v1()), Event.put(run.key, "20", "v2", run.v2()),
                List.of(run.v1(), run.v2()));
        assertThat(reads).isGreaterThan(10);
        assertThat(fixture.reader.findFiling(run.acc, true).orElseThrow().filing()).isEqualTo(run.v2());
    }

    @Test
    void duringAReplacementByAnotherFilingReadersSeeEachWholeOrNone() {
        Run run = new Run();
        changeAndRead(run, Event.put(run.key, "10", "v1", run.v1()), Event.put(run.key, "20", "v3", run.v3()),
                List.of(run.v1(), run.v3()));
        assertThat(fixture.reader.findFiling(run.acc, true)).isEmpty();
    }

    @Test
    void duringARemovalReadersSeeTheFilingWholeOrNone() {
        Run run = new Run();
        changeAndRead(run, Event.put(run.key, "10", "v1", run.v1()), Event.delete(run.key, "20"),
                List.of(run.v1()));
        assertThat(fixture.reader.findFiling(run.acc, true)).isEmpty();
    }

    @Test
    void whenNewBytesFailReadersSeeTheFilingWholeOrNone() {
        Run run = new Run();
        changeAndRead(run, Event.put(run.key, "10", "v1", run.v1()),
                Event.fail(run.key, "20", "broken", "TRUNCATED_INPUT: ends early"), List.of(run.v1()));
        assertThat(fixture.reader.failures(10, null).items()).extracting(FailureRecord::key).contains(run.key);
    }

    /** Applies {@code first}, then {@code change} with a full read at every step; returns how many reads ran. */
    private int changeAndRead(Run run, Event first, Event change, List<Filing> versions) {
        KeyEvents.apply(fixture.store, first);
        List<String> mixes = new ArrayList<>();
        int[] reads = {0};
        fixture.steps.reset();
        fixture.steps.onEveryStep(step -> {
            reads[0]++;
            mixes.addAll(mixedReads(run, versions, step));
        });
        try {
            KeyEvents.apply(fixture.store, change);
        } finally {
            fixture.steps.reset();
        }
        mixes.addAll(mixedReads(run, versions, "at the end"));
        assertThat(mixes).as("reads that saw no whole version").isEmpty();
        return reads[0];
    }

    /** Everything a reader sees of the run's filings that is not one version whole (or nothing). */
    private List<String> mixedReads(Run run, List<Filing> versions, String step) {
        List<String> mixed = new ArrayList<>();
        FilingStore reader = fixture.reader;
        for (Filing version : versions) {
            String id = version.accessionNumber();
            Optional<StoredFiling> whole = reader.findFiling(id, true);
            if (whole.isPresent() && !versions.contains(whole.get().filing())) {
                mixed.add(step + ": filing " + id + " with texts is no version: " + whole.get().filing());
            }
            Optional<StoredFiling> slim = reader.findFiling(id, false);
            if (slim.isPresent() && versions.stream().noneMatch(v -> withoutTexts(v).equals(slim.get().filing()))) {
                mixed.add(step + ": filing " + id + " without texts is no version");
            }
            for (Item item : version.items()) {
                reader.findItem(id, item.code()).ifPresent(found -> {
                    if (versions.stream().noneMatch(v -> v.accessionNumber().equals(id) && v.items().contains(found))) {
                        mixed.add(step + ": item " + item.code() + " of " + id + " is of no version: " + found);
                    }
                });
            }
            for (Exhibit exhibit : version.exhibits()) {
                reader.findExhibit(id, exhibit.number()).ifPresent(found -> {
                    if (versions.stream().noneMatch(v -> v.accessionNumber().equals(id)
                            && v.exhibits().contains(found))) {
                        mixed.add(step + ": exhibit " + exhibit.number() + " of " + id + " is of no version");
                    }
                });
            }
            for (String code : allCodes(versions)) {
                for (FilingSummary listed : reader.filingsByItem(code, FilingQuery.firstPage(50)).items()) {
                    if (listed.id().equals(id) && versions.stream().noneMatch(v -> summaryOf(v).equals(listed)
                            && listed.itemCodes().contains(code))) {
                        mixed.add(step + ": listed under " + code + " as " + listed);
                    }
                }
            }
        }
        List<FilingSummary> company = reader.companyFilings(run.cik, FilingQuery.firstPage(50)).items();
        if (company.size() > 1 || company.stream().anyMatch(s -> versions.stream().noneMatch(v -> summaryOf(v)
                .equals(s)))) {
            mixed.add(step + ": company list " + company);
        }
        long day1 = count(reader, run.day1);
        long day2 = count(reader, run.day2);
        if (day1 + day2 > 1) {
            mixed.add(step + ": counted " + day1 + " + " + day2 + " times");
        }
        return mixed;
    }

    private static long count(FilingStore reader, LocalDate day) {
        return reader.dailyCountsByForm("8-K", day, day).stream().mapToLong(DailyCount::count).sum();
    }

    private static Set<String> allCodes(List<Filing> versions) {
        Set<String> codes = new LinkedHashSet<>();
        versions.forEach(v -> v.items().forEach(i -> codes.add(i.normalizedCode())));
        return codes;
    }

    private static FilingSummary summaryOf(Filing f) {
        return new FilingSummary(f.accessionNumber(), f.accessionNumber(), f.formType(), f.filedDate(),
                f.periodOfReport(), f.company().cik(), f.company().name(),
                f.items().stream().map(Item::normalizedCode).distinct().toList());
    }

    private static Filing withoutTexts(Filing f) {
        return new Filing(f.accessionNumber(), f.formType(), f.amendment(), f.filedDate(), f.periodOfReport(),
                f.acceptedAt(), f.company(),
                f.items().stream().map(i -> new Item(i.code(), i.normalizedCode(), i.title(), null)).toList(),
                f.exhibits().stream().map(e -> new Exhibit(e.number(), e.description(), e.documentType(),
                        e.sequence(), e.fileName(), null)).toList(),
                f.signatures(), f.documents(), f.warnings());
    }

    /** One run's key, CIK, days and filings. */
    private final class Run {
        final int n = ++runs;
        final LocalDate day1 = LocalDate.of(2003, 3, 1).plusDays(2L * n);
        final LocalDate day2 = day1.plusDays(1);
        final String cik = "88" + n;
        final String key = "filings/readers-" + n + ".txt";
        final String acc = String.format("%010d-03-%06d", 88 * 100 + n, 1);
        final String other = String.format("%010d-03-%06d", 88 * 100 + n, 2);

        Filing v1() {
            return filing(acc, day1, List.of(new Item("2.02", "2.02", "Results", Filings.noise(90_000, n)),
                    new Item("9.01", "9.01", "Exhibits", "Exhibit 99.1")), "first text");
        }

        Filing v2() {
            return filing(acc, day2, List.of(new Item("5.02", "5.02", "Officers", Filings.noise(90_000, n + 100)),
                    new Item("9.01", "9.01", "Exhibits and more", "Exhibit 99.1 amended")), "second text");
        }

        Filing v3() {
            return filing(other, day1, List.of(new Item("1.01", "1.01", "Agreement", "An agreement.")), "third");
        }

        private Filing filing(String accession, LocalDate day, List<Item> items, String exhibitText) {
            Company company = new Company("READER TEST " + n, cik, null, null, "DE", null, null, null, null, null,
                    List.of());
            return new Filing(accession, "8-K", false, day, day, null, company, items,
                    List.of(new Exhibit("99.1", "Press release", "EX-99.1", 2, "ex99.htm", exhibitText)),
                    List.of(), List.of(), List.of());
        }
    }
}
