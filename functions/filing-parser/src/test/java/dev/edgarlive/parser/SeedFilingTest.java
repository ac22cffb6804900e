package dev.edgarlive.parser;

import dev.edgarlive.filing.Address;
import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.Signature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The filing this project started from: a bare plain-text 8-K of 2000 (Hecla Mining), kept as a fixture. */
class SeedFilingTest {

    private static Filing filing;

    @BeforeAll
    static void parseSeed() throws IOException {
        // The one copy of the seed the project keeps is in samples/ (the build names the folder).
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                System.getProperty("edgar.samples.dir", "../../samples"), "8k_hecla-mining_2000-11-28_seed.txt"));
        ParseResult result = new FilingParser().parse(bytes);
        assertThat(result.errors()).isEmpty();
        filing = result.filing().orElseThrow();
    }

    @Test
    void formAndDatesComeFromTheCoverPage() {
        assertThat(filing.formType()).isEqualTo("8-K");
        assertThat(filing.amendment()).isFalse();
        assertThat(filing.periodOfReport()).isEqualTo(LocalDate.of(2000, 11, 17));
        // A bare document carries no accession number and no EDGAR filing date: absent, not guessed.
        assertThat(filing.accessionNumber()).isNull();
        assertThat(filing.filedDate()).isNull();
        assertThat(filing.acceptedAt()).isNull();
    }

    @Test
    void companyComesFromTheCoverPage() {
        assertThat(filing.company().name()).isEqualTo("Hecla Mining Company");
        assertThat(filing.company().stateOfIncorporation()).isEqualTo("DE");
        assertThat(filing.company().fileNumber()).isEqualTo("1-8491");
        assertThat(filing.company().irsNumber()).isEqualTo("82-0126240");
        assertThat(filing.company().phone()).isEqualTo("(208) 769-4100");
        assertThat(filing.company().businessAddress())
                .isEqualTo(new Address("6500 Mineral Drive", null, "Coeur d'Alene", "ID", "83815-8788"));
        assertThat(filing.company().cik()).isNull();
    }

    @Test
    void legacyItemsAreMappedToTodaysNumbers() {
        assertThat(filing.items()).extracting(Item::code, Item::normalizedCode, Item::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("5", "8.01", "Other Events"),
                org.assertj.core.groups.Tuple.tuple("7", "9.01",
                        "Financial Statements, Pro Forma Financial Information and Exhibits"));
    }

    @Test
    void itemTextsAreCleanOfSignatureAndPageFurniture() {
        Item otherEvents = filing.items().get(0);
        assertThat(otherEvents.text())
                .startsWith("On November 20, 2000 the Hecla Mining Company")
                .endsWith("by reference.")
                .doesNotContain("<PAGE>");
        Item exhibits = filing.items().get(1);
        assertThat(exhibits.text())
                .startsWith("Exhibit 10.1")
                .endsWith("Exhibit 99.1 -  News Release dated November 20, 2000")
                .doesNotContain("SIGNATURE")
                .doesNotContain("Pursuant to the requirements")
                .doesNotContain("-2-");
    }

    @Test
    void exhibitsAreListedWithTheirDescriptions() {
        assertThat(filing.exhibits()).extracting(Exhibit::number, Exhibit::description).containsExactly(
                org.assertj.core.groups.Tuple.tuple("10.1",
                        "Stock Purchase Agreement dated November 17, 2000 between Hecla Mining Company and Zemex U.S. Corporation"),
                org.assertj.core.groups.Tuple.tuple("99.1", "News Release dated November 20, 2000"));
        // The seed is the primary document alone: its exhibits are listed, not carried.
        assertThat(filing.exhibits()).allSatisfy(e -> {
            assertThat(e.documentType()).isNull();
            assertThat(e.text()).isNull();
        });
    }

    @Test
    void signatureHasNameTitleAndDate() {
        assertThat(filing.signatures()).containsExactly(
                new Signature("Michael B. White", "Vice President - General Counsel", LocalDate.of(2000, 11, 28)));
    }

    @Test
    void theDocumentIsTheBareTextItself() {
        assertThat(filing.documents()).hasSize(1);
        assertThat(filing.documents().get(0).sequence()).isEqualTo(1);
        assertThat(filing.documents().get(0).type()).isEqualTo("8-K");
        assertThat(filing.documents().get(0).format()).isEqualTo(DocumentFormat.PLAIN_TEXT);
        assertThat(filing.documents().get(0).size()).isEqualTo(3459);
    }
}
