package dev.edgarlive.store;

import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Filing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every list walked page by page over a data set spread across companies, forms, item codes and days: each
 * filing comes exactly once, newest first, and no page reads much more than it returns.
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilingListsIT {

    private static final int SHARDS = 4;
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private StoreFixture fixture;
    private FilingStore store;
    private final List<Filing> filings = new ArrayList<>();

    @BeforeAll
    void storeADataSet() {
        fixture = new StoreFixture(SHARDS);
        store = fixture.store;
        String[] ciks = {"320193", "789019", "1018724"};
        String[][] codeSets = {{"2.02", "9.01"}, {"5.02"}, {"8.01", "9.01"}, {}};
        for (int i = 0; i < 90; i++) {
            String form = i % 5 == 0 ? "10-K" : "8-K";
            // Two filings on most days, so ties on the date are ordered by id.
            LocalDate filed = START.plusDays(i / 2);
            String accession = String.format("%010d-24-%06d", Integer.parseInt(ciks[i % 3]), i);
            Filing filing = Filings.simple(accession, form, ciks[i % 3], "Company " + ciks[i % 3], filed,
                    form.equals("8-K") ? codeSets[i % 4] : new String[0]);
            filings.add(filing);
            store.save(StoreFixture.source("filings/" + accession + ".txt", accession), filing);
        }
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    @Test
    void aCompanysFilingsComeOnceEachNewestFirst() {
        List<String> expected = expected(f -> f.company().cik().equals("789019"), null, null);
        assertThat(walk(q -> store.companyFilings("789019", q), FilingQuery.firstPage(7))).isEqualTo(expected);
        assertThat(walk(q -> store.companyFilings("0000789019", q), FilingQuery.firstPage(500)))
                .isEqualTo(expected);
    }

    @Test
    void aCompanysFilingsOfOneFormInADateRange() {
        LocalDate from = START.plusDays(5);
        LocalDate to = START.plusDays(30);
        List<String> expected = expected(f -> f.company().cik().equals("320193") && f.formType().equals("8-K"),
                from, to);
        FilingQuery query = new FilingQuery(from, to, "8-k", 3, null);
        assertThat(expected).hasSizeGreaterThan(6);
        assertThat(walk(q -> store.companyFilings("320193", q), query)).isEqualTo(expected);
    }

    @Test
    void filingsOfAFormAcrossShardsComeOnceEachNewestFirst() {
        List<String> expected = expected(f -> f.formType().equals("8-K"), null, null);
        for (int limit : new int[] {1, 5, 13, 500}) {
            assertThat(walk(q -> store.filingsByForm("8-K", q), FilingQuery.firstPage(limit)))
                    .as("limit %d", limit).isEqualTo(expected);
        }
        LocalDate from = START.plusDays(10);
        LocalDate to = START.plusDays(20);
        assertThat(walk(q -> store.filingsByForm("8-K", q), FilingQuery.between(from, to, 4)))
                .isEqualTo(expected(f -> f.formType().equals("8-K"), from, to));
    }

    @Test
    void filingsCarryingAnItemComeOnceEachNewestFirst() {
        List<String> expected = expected(f -> f.items().stream().anyMatch(i -> i.normalizedCode().equals("9.01")),
                null, null);
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(walk(q -> store.filingsByItem("9.01", q), FilingQuery.firstPage(6))).isEqualTo(expected);
        assertThat(store.filingsByItem("1.01", FilingQuery.firstPage(6)).items()).isEmpty();
    }

    @Test
    void aShardedPageReadsAtMostItsLimitPlusOneShareOfEachShard() {
        int limit = 20;
        fixture.requests.reset();
        Page<FilingSummary> page = store.filingsByForm("8-K", FilingQuery.firstPage(limit));
        assertThat(page.items()).hasSize(limit);
        // One Query per shard, plus a few more for shards whose share ran out first.
        assertThat(fixture.requests.count("Query")).isBetween((long) SHARDS, (long) SHARDS * 3);

        fixture.requests.reset();
        store.companyFilings("320193", FilingQuery.firstPage(limit));
        assertThat(fixture.requests.snapshot()).isEqualTo(java.util.Map.of("DynamoDb.Query", 1L));
    }

    @Test
    void dailyCountsMatchTheFilingsStored() {
        LocalDate to = START.plusDays(44);
        List<DailyCount> counts = store.dailyCountsByForm("8-K", START, to);
        long total = counts.stream().mapToLong(DailyCount::count).sum();
        assertThat(total).isEqualTo(filings.stream().filter(f -> f.formType().equals("8-K")).count());
        assertThat(counts.get(0)).isEqualTo(new DailyCount(START, 1));   // i = 0 is a 10-K, i = 1 an 8-K
        assertThat(counts).isSortedAccordingTo(Comparator.comparing(DailyCount::day));

        long with502 = filings.stream()
                .filter(f -> f.items().stream().anyMatch(i -> i.normalizedCode().equals("5.02"))).count();
        assertThat(store.dailyCountsByItem("5.02", START, to).stream().mapToLong(DailyCount::count).sum())
                .isEqualTo(with502);
        assertThat(store.dailyCountsByForm("8-K", START.plusDays(3), START.plusDays(3)))
                .containsExactly(new DailyCount(START.plusDays(3), 2));
    }

    @Test
    void everyFormsDailyCountsComeFromOneReadOfTheTalliesAndEqualEachFormsOwn() {
        LocalDate from = START.plusDays(3);
        LocalDate to = START.plusDays(30);
        fixture.requests.reset();
        java.util.Map<String, List<DailyCount>> forms = store.dailyCountsOfEveryForm(from, to);
        assertThat(fixture.requests.count("Query")).isEqualTo(SHARDS);

        assertThat(forms).containsOnlyKeys("8-K", "10-K");
        forms.forEach((form, days) -> assertThat(days).as(form).isEqualTo(store.dailyCountsByForm(form, from, to)));

        java.util.Map<String, List<DailyCount>> items = store.dailyCountsOfEveryItem(from, to);
        assertThat(items).containsOnlyKeys("2.02", "5.02", "8.01", "9.01");
        items.forEach((code, days) -> assertThat(days).as(code).isEqualTo(store.dailyCountsByItem(code, from, to)));
        assertThat(store.dailyCountsOfEveryForm(START.minusDays(9), START.minusDays(1))).isEmpty();
    }

    @Test
    void aTamperedOrForeignCursorIsRefused() {
        String cursor = store.filingsByForm("8-K", FilingQuery.firstPage(5)).nextCursor().orElseThrow();
        String tampered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);

        assertThatThrownBy(() -> store.filingsByForm("8-K", FilingQuery.firstPage(5).withCursor(tampered)))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> store.filingsByForm("10-K", FilingQuery.firstPage(5).withCursor(cursor)))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> store.filingsByItem("9.01", FilingQuery.firstPage(5).withCursor(cursor)))
                .isInstanceOf(InvalidCursorException.class);
        FilingQuery otherRange = FilingQuery.between(START, START.plusDays(3), 5).withCursor(cursor);
        assertThatThrownBy(() -> store.filingsByForm("8-K", otherRange)).isInstanceOf(InvalidCursorException.class);
        FilingStore otherSecret = new FilingStore(fixture.dynamo, fixture.s3, new StoreSettings(
                fixture.settings.tableName(), fixture.settings.bucket(), SHARDS, "another secret, 32 bytes long..."
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> otherSecret.filingsByForm("8-K", FilingQuery.firstPage(5).withCursor(cursor)))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void badListParametersNameTheParameter() {
        assertThatThrownBy(() -> FilingQuery.firstPage(0)).isInstanceOfSatisfying(InvalidQueryException.class,
                e -> assertThat(e.parameter()).isEqualTo("limit"));
        assertThatThrownBy(() -> FilingQuery.firstPage(501)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> FilingQuery.between(START.plusDays(1), START, 5))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.parameter()).isEqualTo("from"));
        assertThatThrownBy(() -> store.filingsByForm(" ", FilingQuery.firstPage(5)))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.parameter()).isEqualTo("form"));
        assertThatThrownBy(() -> store.dailyCountsByForm("8-K", START, null))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.parameter()).isEqualTo("to"));
    }

    /** The ids a list must return, newest first (by filed date, then id, descending). */
    private List<String> expected(java.util.function.Predicate<Filing> which, LocalDate from, LocalDate to) {
        return filings.stream()
                .filter(which)
                .filter(f -> from == null || !f.filedDate().isBefore(from))
                .filter(f -> to == null || !f.filedDate().isAfter(to))
                .sorted(Comparator.comparing(Filing::filedDate).thenComparing(Filing::accessionNumber).reversed())
                .map(Filing::accessionNumber)
                .toList();
    }

    /** Every id of a list, page after page, checking each page's size on the way. */
    private static List<String> walk(Function<FilingQuery, Page<FilingSummary>> list, FilingQuery first) {
        List<String> ids = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            Page<FilingSummary> page = list.apply(first.withCursor(cursor.orElse(null)));
            assertThat(page.items().size()).isLessThanOrEqualTo(first.limit());
            page.items().forEach(s -> ids.add(s.id()));
            cursor = page.nextCursor();
            assertThat(++pages).as("pages").isLessThan(1000);
        } while (cursor.isPresent());
        return ids;
    }
}
