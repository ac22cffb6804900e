package dev.edgarlive.store;

import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving, reading, replacing and removing filings against the emulator, with the requests each one costs. */
@RequiresEmulator
class FilingStoreIT {

    private static final LocalDate FILED = LocalDate.of(2000, 11, 28);

    private StoreFixture fixture;
    private FilingStore store;

    @BeforeEach
    void provision() {
        fixture = new StoreFixture(4);
        store = fixture.store;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSavedFilingReadsBackWholeInOneQuery() {
        Filing filing = Filings.heclaSeed();
        SaveOutcome outcome = store.save(StoreFixture.source("filings/hecla.txt", "seed bytes"), filing);
        assertThat(outcome).isEqualTo(new SaveOutcome("0000719413-00-000030", SaveOutcome.Change.CREATED));

        fixture.requests.reset();
        StoredFiling stored = store.findFiling(outcome.filingId(), true).orElseThrow();
        assertThat(fixture.requests.snapshot()).isEqualTo(java.util.Map.of("DynamoDb.Query", 1L));
        assertThat(stored.filing()).isEqualTo(filing);
        assertThat(stored.sourceKeys()).containsExactly("filings/hecla.txt");
        assertThat(stored.contentSha256()).isEqualTo(Filings.sha256("seed bytes"));

        fixture.requests.reset();
        StoredFiling slim = store.findFiling(outcome.filingId(), false).orElseThrow();
        assertThat(fixture.requests.total()).isEqualTo(1);
        assertThat(slim.filing().items()).extracting(Item::text).containsOnlyNulls();
        assertThat(slim.itemTexts().get(0).length()).isEqualTo(Filings.HECLA_ITEM_5.length());
        assertThat(slim.filing().signatures()).isEqualTo(filing.signatures());
    }

    @Test
    void savingAndRemovingTheSeedCostsTheRequestsTheDataModelStates() {
        KeyEvents.Event put = KeyEvents.Event.put("filings/hecla.txt", "10", "seed bytes", Filings.heclaSeed());
        fixture.requests.reset();
        fixture.writeUnits.reset();
        assertThat(KeyEvents.apply(store, put)).isEqualTo("CREATED");
        assertThat(fixture.requests.snapshot()).isEqualTo(java.util.Map.of(
                "DynamoDb.UpdateItem", 1L, "DynamoDb.BatchGetItem", 1L, "DynamoDb.PutItem", 2L,
                "DynamoDb.BatchWriteItem", 1L, "DynamoDb.TransactWriteItems", 1L, "DynamoDb.Query", 1L));
        System.out.println("seed save: " + fixture.requests.total() + " requests, about "
                + fixture.writeUnits.total() + " write units");

        fixture.requests.reset();
        assertThat(KeyEvents.apply(store, put)).isEqualTo("DUPLICATE");
        assertThat(fixture.requests.snapshot()).isEqualTo(java.util.Map.of(
                "DynamoDb.UpdateItem", 1L, "DynamoDb.GetItem", 1L, "DynamoDb.Query", 1L, "DynamoDb.PutItem", 1L));

        fixture.requests.reset();
        fixture.writeUnits.reset();
        assertThat(KeyEvents.apply(store, KeyEvents.Event.delete("filings/hecla.txt", "20")))
                .isEqualTo("FILING_REMOVED");
        assertThat(fixture.requests.snapshot()).isEqualTo(java.util.Map.of(
                "DynamoDb.UpdateItem", 1L, "DynamoDb.BatchGetItem", 1L, "DynamoDb.TransactWriteItems", 2L,
                "DynamoDb.GetItem", 1L, "DynamoDb.Query", 1L, "DynamoDb.BatchWriteItem", 1L,
                "DynamoDb.DeleteItem", 1L));
        System.out.println("seed removal: " + fixture.requests.total() + " requests, about "
                + fixture.writeUnits.total() + " write units");
    }

    @Test
    void aFilingWithoutAccessionNumberIsNamedByItsContent() {
        Filing filing = Filings.heclaSeed(null, null);
        SaveOutcome outcome = store.save(StoreFixture.source("filings/seed.txt", "the seed's bytes"), filing);
        assertThat(outcome.filingId()).isEqualTo("sha256-" + Filings.sha256("the seed's bytes").substring(0, 32));
        assertThat(store.findFiling(outcome.filingId(), true).orElseThrow().filing()).isEqualTo(filing);
    }

    @Test
    void itemsAndExhibitsAreFoundByCodeWithTheirFullText() {
        store.save(StoreFixture.source("filings/hecla.txt", "seed bytes"), Filings.heclaSeed());
        String id = "0000719413-00-000030";

        fixture.requests.reset();
        Item item = store.findItem(id, "5").orElseThrow();
        assertThat(fixture.requests.snapshot())
                .isEqualTo(java.util.Map.of("DynamoDb.Query", 1L, "DynamoDb.GetItem", 1L));
        assertThat(item.text()).isEqualTo(Filings.HECLA_ITEM_5);
        assertThat(store.findItem(id, "8.01")).contains(item);
        assertThat(store.findItem(id, "9.01").orElseThrow().code()).isEqualTo("7");
        assertThat(store.findItem(id, "2.02")).isEmpty();

        Exhibit pressRelease = store.findExhibit(id, "99.1").orElseThrow();
        assertThat(pressRelease).isEqualTo(Filings.heclaSeed().exhibits().get(1));
        assertThat(store.findExhibit(id, "10.1").orElseThrow().text()).isNull();
        assertThat(store.findExhibit("0000719413-00-000031", "99.1")).isEmpty();
        assertThat(store.findFiling("0000719413-00-000031", false)).isEmpty();
        assertThat(store.findFiling("not-an-id", false)).isEmpty();
    }

    @Test
    void anExhibitFiledTwiceAsPdfAndAsTextIsFoundWithItsText() {
        // The shape of a real Schedule 13G: EX-99.1 as a uuencoded PDF (sequence 3) and as text (sequence 5).
        Filing simple = Filings.simple("0001815572-25-000002", "SCHEDULE 13G", "1374328", "FITLIFE BRANDS, INC.",
                LocalDate.of(2025, 1, 17));
        Filing filing = new Filing(simple.accessionNumber(), simple.formType(), false, simple.filedDate(),
                simple.periodOfReport(), null, simple.company(), List.of(), List.of(
                        new Exhibit("99.1", "EX 99.1 PDF", "EX-99.1", 3, "ex99.pdf", null),
                        new Exhibit("99.1", "EX 99.1 TXT", "EX-99.1", 5, "ex99.txt", "JOINT FILING AGREEMENT")),
                List.of(), List.of(), List.of());
        store.save(StoreFixture.source("filings/sc13g.txt", "13g bytes"), filing);

        Exhibit found = store.findExhibit("0001815572-25-000002", "99.1").orElseThrow();

        assertThat(found.sequence()).isEqualTo(5);
        assertThat(found.text()).isEqualTo("JOINT FILING AGREEMENT");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        KeyEvents.Event put = KeyEvents.Event.put("filings/hecla.txt", "10", "seed bytes", Filings.heclaSeed());
        KeyEvents.apply(store, put);
        int rows = fixture.rowCount();
        StoredFiling first = store.findFiling("0000719413-00-000030", true).orElseThrow();

        assertThat(KeyEvents.apply(store, put)).isEqualTo("DUPLICATE");
        assertThat(store.save(put.source(), Filings.heclaSeed()).change()).isEqualTo(SaveOutcome.Change.UNCHANGED);

        assertThat(fixture.rowCount()).isEqualTo(rows);
        assertThat(store.findFiling("0000719413-00-000030", true)).contains(first);
        assertThat(store.dailyCountsByForm("8-K", FILED, FILED)).containsExactly(new DailyCount(FILED, 1));
    }

    @Test
    void theSameBytesUnderTwoKeysAreOneFilingThatLivesUntilBothAreRemoved() {
        store.save(StoreFixture.source("filings/a.txt", "seed bytes"), Filings.heclaSeed());
        SaveOutcome second = store.save(StoreFixture.source("filings/b.txt", "seed bytes"), Filings.heclaSeed());
        assertThat(second.change()).isEqualTo(SaveOutcome.Change.UNCHANGED);
        assertThat(store.findFiling(second.filingId(), false).orElseThrow().sourceKeys())
                .containsExactly("filings/a.txt", "filings/b.txt");
        assertThat(store.dailyCountsByForm("8-K", FILED, FILED)).containsExactly(new DailyCount(FILED, 1));

        assertThat(store.removeSource("filings/a.txt").result()).isEqualTo(RemoveOutcome.Result.SOURCE_DETACHED);
        assertThat(store.findFiling(second.filingId(), false).orElseThrow().sourceKeys())
                .containsExactly("filings/b.txt");
        assertThat(store.dailyCountsByForm("8-K", FILED, FILED)).containsExactly(new DailyCount(FILED, 1));

        assertThat(store.removeSource("filings/b.txt").result()).isEqualTo(RemoveOutcome.Result.FILING_REMOVED);
        assertThat(store.findFiling(second.filingId(), false)).isEmpty();
        assertThat(store.dailyCountsByForm("8-K", FILED, FILED)).isEmpty();
    }

    @Test
    void aRemovedFilingLeavesNothingButZeroedCountersAndItsCompanyProfile() {
        store.save(StoreFixture.source("filings/hecla.txt", "seed bytes"), Filings.heclaSeed());
        RemoveOutcome removed = store.removeSource("filings/hecla.txt");
        assertThat(removed).isEqualTo(new RemoveOutcome("filings/hecla.txt", "0000719413-00-000030",
                RemoveOutcome.Result.FILING_REMOVED));

        assertThat(store.findFiling("0000719413-00-000030", true)).isEmpty();
        assertThat(store.findItem("0000719413-00-000030", "5")).isEmpty();
        assertThat(store.companyFilings("719413", FilingQuery.firstPage(50)).items()).isEmpty();
        assertThat(store.filingsByForm("8-K", FilingQuery.firstPage(50)).items()).isEmpty();
        assertThat(store.filingsByItem("8.01", FilingQuery.firstPage(50)).items()).isEmpty();
        assertThat(store.dailyCountsByForm("8-K", FILED, FILED)).isEmpty();
        assertThat(store.dailyCountsByItem("8.01", FILED, FILED)).isEmpty();
        // Left: the company profile, the (zeroed) tally row and the key's tombstone.
        assertThat(fixture.rowCount()).isEqualTo(3);
        assertThat(store.sourceState("filings/hecla.txt").orElseThrow().status())
                .isEqualTo(SourceState.Status.DELETED);

        assertThat(store.removeSource("filings/hecla.txt").result()).isEqualTo(RemoveOutcome.Result.NOT_FOUND);
    }

    @Test
    void newContentUnderAKeyReplacesTheFilingItProduced() {
        String key = "filings/hecla.txt";
        store.save(StoreFixture.source(key, "first bytes"), Filings.heclaSeed());
        Filing corrected = Filings.simple("0000719413-00-000031", "8-K", "719413", "HECLA MINING CO/DE/",
                FILED, "2.01");
        SaveOutcome outcome = store.save(StoreFixture.source(key, "second bytes"), corrected);

        assertThat(outcome).isEqualTo(new SaveOutcome("0000719413-00-000031", SaveOutcome.Change.REPLACED));
        assertThat(store.findFiling("0000719413-00-000030", false)).isEmpty();
        assertThat(store.findFiling("0000719413-00-000031", true).orElseThrow().filing()).isEqualTo(corrected);
        assertThat(store.dailyCountsByForm("8-K", FILED, FILED)).containsExactly(new DailyCount(FILED, 1));
        assertThat(store.dailyCountsByItem("8.01", FILED, FILED)).isEmpty();
        assertThat(store.dailyCountsByItem("2.01", FILED, FILED)).containsExactly(new DailyCount(FILED, 1));
        assertThat(store.filingsByItem("8.01", FilingQuery.firstPage(50)).items()).isEmpty();
    }

    @Test
    void newContentForTheSameAccessionReplacesItsRowsAndCorrectsTheCounters() {
        String key = "filings/hecla.txt";
        store.save(StoreFixture.source(key, "first bytes"), Filings.heclaSeed());
        LocalDate refiled = LocalDate.of(2000, 11, 29);
        Filing amended = Filings.simple("0000719413-00-000030", "8-K", "719413", "HECLA MINING CO/DE/",
                refiled, "2.01");
        SaveOutcome outcome = store.save(StoreFixture.source(key, "second bytes"), amended);

        assertThat(outcome.change()).isEqualTo(SaveOutcome.Change.REPLACED);
        StoredFiling stored = store.findFiling("0000719413-00-000030", true).orElseThrow();
        assertThat(stored.filing()).isEqualTo(amended);
        assertThat(stored.contentSha256()).isEqualTo(Filings.sha256("second bytes"));
        assertThat(store.dailyCountsByForm("8-K", FILED, refiled)).containsExactly(new DailyCount(refiled, 1));
        assertThat(store.dailyCountsByItem("8.01", FILED, refiled)).isEmpty();
        assertThat(store.filingsByItem("9.01", FilingQuery.firstPage(50)).items()).isEmpty();
        assertThat(store.filingsByItem("2.01", FilingQuery.firstPage(50)).items())
                .extracting(FilingSummary::id).containsExactly("0000719413-00-000030");
        assertThat(store.findExhibit("0000719413-00-000030", "99.1")).isEmpty();
    }

    @Test
    void failuresAreListedUntilTheKeyParsesOrIsDeleted() {
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        store.recordFailure(StoreFixture.source("filings/empty.txt", ""), "EMPTY: the object has no bytes", at);
        store.recordFailure(StoreFixture.source("filings/blob.bin", "\u0000\u0001"), "BINARY: not text",
                at.plusSeconds(5));
        store.recordFailure(StoreFixture.source("filings/late.txt", "garbage"), "NOT_A_FILING: no form", at);

        Page<FailureRecord> failures = store.failures(50, null);
        assertThat(failures.items()).extracting(FailureRecord::key)
                .containsExactly("filings/blob.bin", "filings/late.txt", "filings/empty.txt");
        assertThat(failures.items().get(0)).isEqualTo(new FailureRecord("filings/blob.bin", 2, "BINARY: not text",
                at.plusSeconds(5)));
        List<String> paged = new java.util.ArrayList<>();
        java.util.Optional<String> cursor = java.util.Optional.empty();
        do {
            Page<FailureRecord> page = store.failures(1, cursor.orElse(null));
            page.items().forEach(f -> paged.add(f.key()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        assertThat(paged).containsExactly("filings/blob.bin", "filings/late.txt", "filings/empty.txt");

        store.save(StoreFixture.source("filings/late.txt", "now a filing"), Filings.heclaSeed());
        assertThat(store.removeSource("filings/empty.txt").result())
                .isEqualTo(RemoveOutcome.Result.FAILURE_CLEARED);
        assertThat(store.failures(50, null).items()).extracting(FailureRecord::key)
                .containsExactly("filings/blob.bin");
    }

    @Test
    void aFailureWhoseBytesWereNeverReadIsRecordedWithoutAHash() {
        Instant at = Instant.parse("2026-11-27T11:00:00Z");
        store.recordFailure(new SourceObject("b", "filings/huge.txt", 900_000_000L, null, "\"etag\"", null),
                "TOO_LARGE: 900000000 bytes", at);
        assertThat(store.failures(10, null).items()).containsExactly(
                new FailureRecord("filings/huge.txt", 900_000_000L, "TOO_LARGE: 900000000 bytes", at));
        assertThat(store.removeSource("filings/huge.txt").result()).isEqualTo(RemoveOutcome.Result.FAILURE_CLEARED);
        assertThat(store.failures(10, null).items()).isEmpty();
    }

    @Test
    void aKeyWhoseNewBytesFailRemovesTheFilingItHeld() {
        store.save(StoreFixture.source("filings/hecla.txt", "seed bytes"), Filings.heclaSeed());
        store.recordFailure(StoreFixture.source("filings/hecla.txt", "truncated"), "TRUNCATED", Instant.now());
        assertThat(store.findFiling("0000719413-00-000030", false)).isEmpty();
        assertThat(store.dailyCountsByForm("8-K", FILED, FILED)).isEmpty();
        assertThat(store.failures(10, null).items()).extracting(FailureRecord::key)
                .containsExactly("filings/hecla.txt");
    }

    @Test
    void aFiveMegabyteTextGoesToS3AndComesBackExactly() {
        String text = Filings.prose(5 * 1024 * 1024, 7);
        Filing filing = Filings.withItemText("0000719413-24-000001", text);
        store.save(StoreFixture.source("filings/big.txt", "big"), filing);
        assertThat(fixture.objectCount("derived/0000719413-24-000001/")).isEqualTo(1);

        assertThat(store.findItem("0000719413-24-000001", "7").orElseThrow().text()).isEqualTo(text);
        assertThat(store.findFiling("0000719413-24-000001", true).orElseThrow().filing()).isEqualTo(filing);
        StoredFiling slim = store.findFiling("0000719413-24-000001", false).orElseThrow();
        assertThat(slim.itemTexts().get(0).length()).isEqualTo(text.length());

        store.removeSource("filings/big.txt");
        assertThat(fixture.objectCount("derived/")).isZero();
    }

    @Test
    void aTextInS3LargerThanTheReaderTakesIsNotReadButPointedTo() {
        String text = Filings.prose(3 * 1024 * 1024, 11);
        Filing filing = Filings.withItemText("0000719413-24-000004", text);
        store.save(StoreFixture.source("filings/big.txt", "big"), filing);

        fixture.requests.reset();
        StoredPart<Item> linked = store.findItem("0000719413-24-000004", "7", 1024 * 1024).orElseThrow();
        assertThat(fixture.requests.count("GetObject")).as("the text is not fetched").isZero();
        assertThat(linked.part().text()).isNull();
        assertThat(linked.extent().length()).isEqualTo(text.length());
        TextObject object = linked.textObject().orElseThrow();
        assertThat(object.key()).startsWith("derived/0000719413-24-000004/");
        assertThat(object.bytes()).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);

        StoredPart<Item> read = store.findItem("0000719413-24-000004", "7", 4 * 1024 * 1024).orElseThrow();
        assertThat(read.part().text()).isEqualTo(text);
        assertThat(read.textObject()).contains(object);
    }

    @Test
    void aFilingWhoseTextsPassTheBudgetIsReadWithoutThem() {
        String text = Filings.prose(200_000, 3);
        Filing filing = Filings.withItemText("0000719413-24-000005", text);
        store.save(StoreFixture.source("filings/mid.txt", "mid"), filing);

        StoredFiling over = store.findFiling("0000719413-24-000005", true, text.length() - 1).orElseThrow();
        assertThat(over.textsIncluded()).isFalse();
        assertThat(over.filing().items()).extracting(Item::text).containsOnlyNulls();
        assertThat(over.itemTexts().get(0).length()).isEqualTo(text.length());
        StoredFiling within = store.findFiling("0000719413-24-000005", true, text.length()).orElseThrow();
        assertThat(within.textsIncluded()).isTrue();
        assertThat(within.filing().items().get(0).text()).isEqualTo(text);
    }

    @Test
    void failuresAreListedByTheDayTheyFailedOn() {
        store.recordFailure(StoreFixture.source("filings/a.txt", "a"), "A", Instant.parse("2026-12-05T00:00:00Z"));
        store.recordFailure(StoreFixture.source("filings/b.txt", "b"), "B", Instant.parse("2026-12-06T23:59:59.999Z"));
        store.recordFailure(StoreFixture.source("filings/c.txt", "c"), "C", Instant.parse("2026-12-07T05:00:00Z"));

        assertThat(keys(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 6))).containsExactly("filings/b.txt");
        assertThat(keys(LocalDate.of(2026, 12, 6), null)).containsExactly("filings/c.txt", "filings/b.txt");
        assertThat(keys(null, LocalDate.of(2026, 12, 5))).containsExactly("filings/a.txt");
        assertThat(keys(LocalDate.of(2026, 12, 8), null)).isEmpty();

        String cursor = store.failures(FilingQuery.between(LocalDate.of(2026, 12, 5), null, 1)).nextCursor()
                .orElseThrow();
        assertThat(store.failures(FilingQuery.between(LocalDate.of(2026, 12, 5), null, 1).withCursor(cursor))
                .items()).extracting(FailureRecord::key).containsExactly("filings/b.txt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.failures(
                        FilingQuery.between(LocalDate.of(2026, 12, 6), null, 1).withCursor(cursor)))
                .as("a cursor is bound to its date range").isInstanceOf(InvalidCursorException.class);
    }

    private List<String> keys(LocalDate from, LocalDate to) {
        return store.failures(FilingQuery.between(from, to, 50)).items().stream().map(FailureRecord::key).toList();
    }

    @Test
    void aFilingWithManyPartsIsWrittenInBatchesOfTwentyFive() {
        List<String> codes = java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "X" + i).toList();
        Filing filing = Filings.simple("0000000001-24-000001", "10-K", "1", "Many Parts Inc", FILED,
                codes.toArray(String[]::new));
        fixture.requests.reset();
        store.save(StoreFixture.source("filings/many.txt", "many"), filing);
        // 40 items + 40 texts = 80 body rows: 4 batches. The 40 item index rows and the company-form row go in
        // the commit transaction with META, so that lists switch with it.
        assertThat(fixture.requests.count("BatchWriteItem")).isEqualTo(4);
        assertThat(fixture.requests.count("TransactWriteItems")).isEqualTo(1);
        assertThat(store.findFiling("0000000001-24-000001", true).orElseThrow().filing()).isEqualTo(filing);
    }

    @Test
    void aFilingWithMoreItemCodesThanATransactionHoldsActionsIsCountedInOneSmallTransaction() {
        String[] codes = java.util.stream.IntStream.rangeClosed(1, 120).mapToObj(i -> "X" + i)
                .toArray(String[]::new);
        Filing filing = Filings.simple("0000000001-24-000009", "8-K", "1", "Odd Inc", FILED, codes);
        fixture.requests.reset();
        store.save(StoreFixture.source("filings/odd.txt", "odd"), filing);
        // The commit counts every code in one tally update and holds as many index rows as fit; the clean-up
        // right after writes the rest from META, in one more transaction.
        assertThat(fixture.requests.count("TransactWriteItems")).isEqualTo(2);
        assertThat(store.filingsByItem("X120", FilingQuery.firstPage(50)).items()).extracting(FilingSummary::id)
                .containsExactly("0000000001-24-000009");
        assertThat(store.dailyCountsByItem("X120", FILED, FILED)).containsExactly(new DailyCount(FILED, 1));
        assertThat(store.dailyCountsByForm("8-K", FILED, FILED)).containsExactly(new DailyCount(FILED, 1));
        store.removeSource("filings/odd.txt");
        assertThat(store.dailyCountsByItem("X1", FILED, FILED)).isEmpty();
    }

    @Test
    void aCursorStillWorksWhenTheRowItStoppedAtWasRemoved() {
        for (int i = 1; i <= 6; i++) {
            String accession = String.format("0000000005-24-%06d", i);
            store.save(StoreFixture.source("filings/" + i + ".txt", accession),
                    Filings.simple(accession, "8-K", "5", "Five Inc", FILED.plusDays(i), "8.01"));
        }
        for (Page<FilingSummary> first : List.of(
                store.filingsByForm("8-K", FilingQuery.firstPage(2)),
                store.companyFilings("5", FilingQuery.firstPage(2)))) {
            assertThat(first.items()).extracting(FilingSummary::id)
                    .containsExactly("0000000005-24-000006", "0000000005-24-000005");
        }
        String byForm = store.filingsByForm("8-K", FilingQuery.firstPage(2)).nextCursor().orElseThrow();
        String byCompany = store.companyFilings("5", FilingQuery.firstPage(2)).nextCursor().orElseThrow();
        store.removeSource("filings/5.txt");

        assertThat(store.filingsByForm("8-K", FilingQuery.firstPage(10).withCursor(byForm)).items())
                .extracting(FilingSummary::id).containsExactly("0000000005-24-000004", "0000000005-24-000003",
                        "0000000005-24-000002", "0000000005-24-000001");
        assertThat(store.companyFilings("5", FilingQuery.firstPage(10).withCursor(byCompany)).items())
                .extracting(FilingSummary::id).containsExactly("0000000005-24-000004", "0000000005-24-000003",
                        "0000000005-24-000002", "0000000005-24-000001");
    }

    @Test
    void theCompanyProfileFollowsTheLatestFilingWhateverTheOrderOfIngest() {
        Filing newer = Filings.simple("0000000002-24-000002", "10-K", "2", "NEW NAME INC",
                LocalDate.of(2024, 3, 1));
        Filing older = Filings.simple("0000000002-19-000001", "10-K", "2", "OLD NAME INC",
                LocalDate.of(2019, 3, 1));
        store.save(StoreFixture.source("filings/new.txt", "new"), newer);
        store.save(StoreFixture.source("filings/old.txt", "old"), older);

        CompanyProfile profile = store.findCompany("2").orElseThrow();
        assertThat(profile.name()).isEqualTo("NEW NAME INC");
        assertThat(profile.cik()).isEqualTo("0000000002");
        assertThat(profile.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(store.findCompany("0000000003")).isEmpty();
    }
}
