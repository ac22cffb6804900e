package dev.edgarlive.store;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.Registrant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilingRowsTest {

    private static final Instant STORED = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void aFilingRoundTripsThroughItsRowsWithTexts() {
        Filing filing = Filings.heclaSeed();
        StoredFiling back = roundTrip(filing, true).orElseThrow();

        assertThat(back.filing()).isEqualTo(filing);
        assertThat(back.id()).isEqualTo("0000719413-00-000030");
        assertThat(back.sourceKeys()).containsExactly("filings/hecla.txt");
        assertThat(back.storedAt()).isEqualTo(STORED);
        assertThat(back.textsIncluded()).isTrue();
    }

    @Test
    void withoutTextsItemsCarryNoTextButTheirLengthAndExcerpt() {
        Filing filing = Filings.heclaSeed();
        StoredFiling back = roundTrip(filing, false).orElseThrow();

        assertThat(back.filing().items()).extracting(Item::text).containsOnlyNulls();
        assertThat(back.filing().items()).extracting(Item::code).containsExactly("5", "7");
        assertThat(back.itemTexts().get(0).length()).isEqualTo(Filings.HECLA_ITEM_5.length());
        assertThat(Filings.HECLA_ITEM_5).startsWith(back.itemTexts().get(0).excerpt());
        assertThat(back.itemTexts().get(0).complete()).isFalse();
        assertThat(back.itemTexts().get(1).complete()).isTrue();
        assertThat(back.exhibitTexts().get(0)).as("exhibit 10.1 is only listed").isNull();
        assertThat(back.exhibitTexts().get(1).complete()).isTrue();
        assertThat(back.filing().exhibits().get(1).text()).isNull();
    }

    @Test
    void rowsWithoutMetaAreNoFiling() {
        FilingRows rows = rows(Filings.heclaSeed());
        assertThat(new FilingAssembler(key -> null).assemble(rows.body(), true)).isEmpty();
    }

    @Test
    void onlyIndexRowsCarryIndexKeysAndNoIndexedRowCarriesText() {
        FilingRows rows = rows(Filings.heclaSeed());
        for (Map<String, AttributeValue> row : rows.allRows()) {
            boolean indexed = row.containsKey(Keys.GSI1PK) || row.containsKey(Keys.GSI2PK)
                    || row.containsKey(Keys.GSI3PK);
            String sk = row.get(Keys.SK).s();
            assertThat(indexed).as(sk).isEqualTo(sk.equals(Keys.META) || sk.startsWith(Keys.XREF));
            if (indexed) {
                assertThat(row).doesNotContainKeys(Attr.TEXT, Attr.GZIP, Attr.EXCERPT);
                assertThat(ItemSize.of(row)).as(sk).isLessThan(2048);
            }
        }
        assertThat(rows.meta().get(Keys.GSI2PK).s()).startsWith("FORM#8-K#");
        assertThat(rows.meta().get(Keys.GSI1PK).s()).isEqualTo("COMPANY#0000719413");
        assertThat(rows.body()).noneMatch(r -> r.get(Keys.SK).s().startsWith(Keys.XREF));
        assertThat(rows.index()).filteredOn(r -> r.containsKey(Keys.GSI3PK))
                .extracting(r -> r.get(Keys.SK).s())
                .containsExactly("XREF#ITEM#8.01", "XREF#ITEM#9.01");
    }

    @Test
    void indexRowsRebuiltFromMetaAreTheIndexRowsWrittenWithTheFiling() {
        FilingRows rows = rows(Filings.heclaSeed());
        assertThat(FilingRows.indexOfMeta(rows.meta())).isEqualTo(rows.index());
    }

    @Test
    void everyBodyRowNamesItsVersionInItsSortKeyAndAttribute() {
        FilingRows rows = rows(Filings.heclaSeed());
        assertThat(rows.body()).allSatisfy(r -> {
            assertThat(r.get(Keys.SK).s()).endsWith("#" + rows.version());
            assertThat(r.get(Attr.CONTENT_VERSION).s()).isEqualTo(rows.version());
        });
        assertThat(rows.meta().get(Attr.CONTENT_VERSION).s()).isEqualTo(rows.version());
        assertThat(rows.objects()).allSatisfy(o -> assertThat(o.key()).contains("/" + rows.version() + "/"));
    }

    @Test
    void aFiveMegabyteTextStaysUnderTheRowLimitInS3AndRoundTripsExactly() {
        String text = Filings.prose(5 * 1024 * 1024, 42);
        Filing filing = Filings.withItemText("0000719413-24-000001", text);
        FilingRows rows = rows(filing);

        assertAllRowsFit(rows);
        assertThat(rows.objects()).hasSize(1);
        assertThat(rows.objects().get(0).key()).startsWith("derived/0000719413-24-000001/");
        assertThat(roundTrip(filing, true).orElseThrow().filing().items().get(0).text()).isEqualTo(text);
    }

    @Test
    void aLargeCompressibleTextStaysInTheRowCompressed() {
        // 920 KB; past TextPlacement.ROW_TEXT_LIMIT (1 MiB) a text goes to S3 however well it compresses.
        String text = "The Company's results of operations improved.\n".repeat(20_000);
        Filing filing = Filings.withItemText("0000719413-24-000002", text);
        FilingRows rows = rows(filing);

        assertAllRowsFit(rows);
        assertThat(rows.objects()).isEmpty();
        Map<String, AttributeValue> textRow = rows.body().stream()
                .filter(r -> r.get(Keys.SK).s().equals(Keys.itemText(1, rows.version()))).findFirst().orElseThrow();
        assertThat(textRow.get(Attr.ENCODING).s()).isEqualTo("GZIP");
        assertThat(roundTrip(filing, true).orElseThrow().filing().items().get(0).text()).isEqualTo(text);
    }

    @Test
    void textsWithAstralCharactersAndEmptyTextsRoundTrip() {
        String text = "Revenue 𝟙𝟚𝟛 rose; " + "😀".repeat(300) + " end";
        Filing filing = new Filing("0000719413-24-000003", "8-K", false, null, null, null, null,
                List.of(new Item("2.02", "2.02", "Results", text), new Item("9.01", "9.01", "Exhibits", ""),
                        new Item("8.01", null, null, null)),
                List.of(), List.of(), List.of(), List.of());
        assertThat(roundTrip(filing, true).orElseThrow().filing()).isEqualTo(filing);
        assertThat(roundTrip(filing, false).orElseThrow().itemTexts().get(0).excerpt()).isNotEmpty();
    }

    @Test
    void itemsThatShareTheirTextSayWithWhichAfterARoundTrip() {
        String text = "On June 2, 2009, the Company entered into a credit agreement.";
        Filing filing = new Filing("0000719413-24-000005", "8-K", false, null, null, null, null,
                List.of(new Item("1.01", "1.01", "Entry into a Material Definitive Agreement", text, List.of("2.03")),
                        new Item("2.03", "2.03", "Creation of a Direct Financial Obligation", text, List.of("1.01")),
                        new Item("9.01", "9.01", "Financial Statements and Exhibits", "(d) Exhibits")),
                List.of(), List.of(), List.of(), List.of());

        assertThat(roundTrip(filing, true).orElseThrow().filing()).isEqualTo(filing);
        assertThat(roundTrip(filing, false).orElseThrow().filing().items()).extracting(Item::textSharedWith)
                .containsExactly(List.of("2.03"), List.of("1.01"), List.of());
    }

    @Test
    void aCombinedFilingKeepsItsRegistrantsAndAFilingByOneHasNone() {
        Filing combined = new Filing("0000092122-07-000008", "8-K", false, null, null, null, null,
                List.of(new Registrant("SOUTHERN CO", "0000092122", "DE", "001-03526", "58-0690070"),
                        new Registrant("ALABAMA POWER CO", "0000003153", "AL", "001-03164", "63-0004250"),
                        new Registrant("Gulf Power Company", null, "FL", "0-2429", null)),
                List.of(new Item("2.02", "2.02", "Results", "text")), List.of(), List.of(), List.of(), List.of());

        assertThat(roundTrip(combined, true).orElseThrow().filing()).isEqualTo(combined);
        assertThat(roundTrip(combined, false).orElseThrow().filing().registrants()).isEqualTo(combined.registrants());
        assertThat(rows(Filings.heclaSeed()).meta()).doesNotContainKey(Attr.REGISTRANTS);
    }

    @Test
    void anOversizedPartThatIsNotATextIsRefusedNotCut() {
        Filing filing = new Filing("0000719413-24-000004", "8-K", false, null, null, null, null,
                List.of(new Item("8.01", "8.01", "x".repeat(500_000), "body")),
                List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> rows(filing)).isInstanceOf(FilingTooLargeException.class)
                .hasMessageContaining("ITEM#0001");
    }

    @Test
    void anUndatedFilingIsListedUnderTheUndatedKey() {
        Filing undated = Filings.simple("0000000001-24-000001", "8-K", "1", "X", null, "8.01");
        FilingRows rows = rows(undated);
        assertThat(rows.facts().day()).isNull();
        assertThat(rows.meta().get(Keys.GSI2SK).s()).startsWith(Keys.UNDATED + "#");
    }

    private static void assertAllRowsFit(FilingRows rows) {
        for (Map<String, AttributeValue> row : rows.allRows()) {
            assertThat(ItemSize.of(row)).as(row.get(Keys.SK).s()).isLessThanOrEqualTo(ItemSize.BUDGET);
        }
    }

    private static FilingRows rows(Filing filing) {
        return FilingRows.of(FilingId.of(filing, "cd".repeat(32)).value(), filing, "cd".repeat(32),
                List.of("filings/hecla.txt"), STORED, 8, new FilingRows.Version("0123456789abcdef", 1, 1));
    }

    private static Optional<StoredFiling> roundTrip(Filing filing, boolean withTexts) {
        FilingRows rows = rows(filing);
        Map<String, String> objects = new HashMap<>();
        rows.objects().forEach(o -> objects.put(o.key(), new String(o.bytes(), StandardCharsets.UTF_8)));
        List<Map<String, AttributeValue>> all = new ArrayList<>(rows.allRows());
        all.sort((a, b) -> a.get(Keys.SK).s().compareTo(b.get(Keys.SK).s()));
        return new FilingAssembler(objects::get).assemble(all, withTexts);
    }
}
