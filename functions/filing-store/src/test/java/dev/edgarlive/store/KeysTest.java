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
    void metadataRowsSortBeforeTextsAndTextsBeforeIndexRows() {
        List<String> metadata = List.of(Keys.META, Keys.item(1), Keys.exhibit(9999), Keys.signature(1),
                Keys.document(12), Keys.issue(3));
        for (String sk : metadata) {
            assertThat(sk).isLessThan(Keys.TEXT);
        }
        assertThat(Keys.itemText(1)).isGreaterThan(Keys.TEXT).isLessThan(Keys.XREF);
        assertThat(Keys.exhibitText(9999)).isLessThan(Keys.XREF);
        assertThat(Keys.itemRef("8.01")).isGreaterThan(Keys.XREF);
        assertThat(Keys.XREF_COMPANY_FORM).isGreaterThan(Keys.XREF);
    }

    @Test
    void ordinalsSortInFilingOrder() {
        assertThat(Keys.item(2)).isLessThan(Keys.item(10));
        assertThat(Keys.exhibit(99)).isLessThan(Keys.exhibit(100));
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
