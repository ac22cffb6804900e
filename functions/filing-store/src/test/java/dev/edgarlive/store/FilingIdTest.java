package dev.edgarlive.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilingIdTest {

    private static final String SHA = "ab".repeat(32);

    @Test
    void theAccessionNumberIsTheIdWhereThereIsOne() {
        assertThat(FilingId.of(Filings.heclaSeed(), SHA).value()).isEqualTo("0000719413-00-000030");
    }

    @Test
    void withoutAnAccessionNumberTheContentHashNamesTheFiling() {
        FilingId id = FilingId.of(Filings.heclaSeed(null, null), SHA);
        assertThat(id.value()).isEqualTo("sha256-" + "ab".repeat(16));
        assertThat(FilingId.of(Filings.heclaSeed("not an accession", null), SHA)).isEqualTo(id);
    }

    @Test
    void parseAcceptsOnlyWellFormedIds() {
        assertThat(FilingId.parse("0000719413-00-000030")).isPresent();
        assertThat(FilingId.parse("sha256-" + "0f".repeat(16))).isPresent();
        assertThat(FilingId.parse("0000719413-00-00003")).isEmpty();
        assertThat(FilingId.parse("sha256-XYZ")).isEmpty();
        assertThat(FilingId.parse("../etc")).isEmpty();
        assertThat(FilingId.parse(null)).isEmpty();
    }
}
