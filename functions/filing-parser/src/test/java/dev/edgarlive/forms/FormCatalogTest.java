package dev.edgarlive.forms;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FormCatalogTest {

    @Test
    void everyLegacyEightKItemBecomesACurrentOne() {
        Set<String> current = new HashSet<>();
        FormCatalog.CURRENT_REPORT.currentItems().forEach(item -> current.add(item.code()));

        assertThat(FormCatalog.CURRENT_REPORT.legacyItems()).hasSize(12)
                .allSatisfy(item -> assertThat(current).contains(item.normalizedCode()));
        assertThat(FormCatalog.legacyCurrentReportItems()).containsEntry("5", "8.01").containsEntry("12", "2.02");
    }

    @Test
    void aLegacyItemTakesTheLabelOfTheItemItBecame() {
        CatalogItem legacyFive = FormCatalog.CURRENT_REPORT.legacyItems().stream()
                .filter(item -> item.code().equals("6")).findFirst().orElseThrow();

        assertThat(legacyFive.label()).isEqualTo("Officer changes");
    }

    @Test
    void noFormNamesTheSameStoredCodeTwiceAmongItsCurrentItems() {
        for (CatalogForm form : FormCatalog.itemisedForms()) {
            List<String> codes = form.currentItems().stream().map(CatalogItem::normalizedCode).toList();
            assertThat(new HashSet<>(codes)).as(form.name()).hasSameSizeAs(codes);
        }
    }

    @Test
    void labelsAreShortEnoughForALegend() {
        FormCatalog.itemisedForms().forEach(form -> form.items().forEach(item ->
                assertThat(item.label().length()).as(form.name() + " " + item.code()).isBetween(1, 45)));
    }

    @Test
    void itemCodesAreTheStoredOnes() {
        assertThat(FormCatalog.isItemCode("5.02")).isTrue();
        assertThat(FormCatalog.isItemCode("1.05")).isTrue();
        assertThat(FormCatalog.isItemCode("ii-1a")).isTrue();
        assertThat(FormCatalog.isItemCode("7A")).isTrue();
        assertThat(FormCatalog.isItemCode("2.2")).isFalse();
        assertThat(FormCatalog.isItemCode("9.99")).isFalse();
        assertThat(FormCatalog.isItemCode("III-1")).isFalse();
    }

    @Test
    void formTypesAreReadAsEdgarWritesThemAmendmentsIncluded() {
        assertThat(FormCatalog.formType(" 8-k/a ")).contains("8-K/A");
        assertThat(FormCatalog.formType("sc 13g")).contains("SC 13G");
        assertThat(FormCatalog.formType("8K")).isEmpty();
        assertThat(FormCatalog.forForm("8-K12B/A")).contains(FormCatalog.CURRENT_REPORT);
        assertThat(FormCatalog.forForm("S-1")).isEmpty();
    }
}
