package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTest {

    @Test
    void shardIsStableAndWithinTheCount() {
        assertThat(Keys.shardOf("0000719413-00-000030", 8)).isEqualTo(Keys.shardOf("0000719413-00-000030", 8));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            int shard = Keys.shardOf(String.format("0000000001-24-%06d", i), 8);
            assertThat(shard).isBetween(0, 7);
            seen.add(shard);
        }
        assertThat(seen).as("a thousand ids spread over every shard").hasSize(8);
    }

    @Test
    void cikIsPaddedToTenDigits() {
        assertThat(Keys.cik("320193")).isEqualTo("0000320193");
        assertThat(Keys.cik(" 0000320193 ")).isEqualTo("0000320193");
        assertThat(Keys.cik("")).isNull();
        assertThat(Keys.cik(null)).isNull();
    }

    @Test
    void formsAndItemCodesAreNormalizedForKeys() {
        assertThat(Keys.form(" 8-k ")).isEqualTo("8-K");
        assertThat(Keys.form("10-K/A")).isEqualTo("10-K/A");
        assertThat(Keys.form("  ")).isNull();
        assertThat(Keys.itemCode("ii-1a")).isEqualTo("II-1A");
        assertThat(Keys.itemCode("a#b")).as("a separator cannot enter a key").isNull();
    }

    @Test
    void metadataRowsSortBeforeTextsTextsBeforeSealsAndSealsBeforeIndexRows() {
        for (String version : List.of("", "0123456789abcdef")) {
            List<String> metadata = List.of(Keys.META, Keys.item(1, version), Keys.exhibit(9999, version),
                    Keys.signature(1, version), Keys.document(12, version), Keys.issue(3, version));
            for (String sk : metadata) {
                assertThat(sk).isLessThan(Keys.TEXT);
            }
            assertThat(Keys.itemText(1, version)).isGreaterThan(Keys.TEXT).isLessThan(Keys.VERSION);
            assertThat(Keys.exhibitText(9999, version)).isLessThan(Keys.VERSION);
            assertThat(Keys.seal("ffffffffffffffff")).isGreaterThan(Keys.VERSION).isLessThan(Keys.XREF);
        }
        assertThat(Keys.itemRef("8.01")).isGreaterThan(Keys.XREF);
        assertThat(Keys.XREF_COMPANY_FORM).isGreaterThan(Keys.XREF);
    }

    @Test
    void aLookupOfOnePartKindReachesMetaAndNothingOfAnotherKindButSmallOnes() {
        // FilingReader reads "ITEM#" .. "META" (items) and "EXHIBIT#" .. "META" (exhibits, issues, items).
        assertThat(Keys.item(9999, "ffffffffffffffff")).isGreaterThan(Keys.ITEM).isLessThan(Keys.META);
        assertThat(Keys.signature(1, "")).isGreaterThan(Keys.META);
        assertThat(Keys.document(1, "")).isLessThan(Keys.EXHIBIT);
    }

    @Test
    void ordinalsSortInFilingOrder() {
        assertThat(Keys.item(2, "a")).isLessThan(Keys.item(10, "a"));
        assertThat(Keys.exhibit(99, "")).isLessThan(Keys.exhibit(100, ""));
    }

    @Test
    void aKeyTooLongForKeyAttributesIsNamedByItsHashUnderAnotherPrefix() {
        String normal = "filings/" + "a".repeat(Keys.MAX_KEY_IN_KEYS - 8);
        String tooLong = normal + "b";
        assertThat(Keys.source(normal)).isEqualTo("SOURCE#" + normal);
        assertThat(Keys.source(tooLong)).startsWith("SOURCE~").hasSize("SOURCE~".length() + 64);
        String failureSortKey = SourceRecord.failureSortKey(java.time.Instant.parse("2026-01-01T00:00:00Z"), tooLong);
        assertThat(failureSortKey.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(1024);
        assertThat(SourceRecord.failureSortKey(java.time.Instant.parse("2026-01-01T00:00:00.123456789Z"),
                normal).getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
    }

    @Test
    void datedKeysSortByDayThenIdAndGiveTheIdBack() {
        String key = Keys.dated("2024-05-02", "0000320193-24-000010");
        assertThat(Keys.idOfDated(key)).isEqualTo("0000320193-24-000010");
        assertThat(Keys.dated("2024-05-02", "sha256-00")).isGreaterThan(Keys.dated("2024-05-01", "sha256-ff"));
        assertThat(Keys.dated(Keys.UNDATED, "x")).isLessThan(Keys.dated("1994-01-01", "x"));
        assertThat(FilingLists.high(LocalDate.of(2024, 5, 2))).isGreaterThan(key);
        assertThat(FilingLists.low(LocalDate.of(2024, 5, 2))).isLessThan(key);
        assertThat(FilingLists.low(LocalDate.of(2024, 5, 3))).isGreaterThan(key);
    }
}
