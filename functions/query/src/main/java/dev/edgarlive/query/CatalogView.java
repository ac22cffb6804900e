package dev.edgarlive.query;

import dev.edgarlive.forms.CatalogForm;
import dev.edgarlive.forms.CatalogItem;
import dev.edgarlive.forms.FormCatalog;

import java.time.LocalDate;
import java.util.List;

/**
 * What the API knows of EDGAR forms ({@code GET /catalog}): the form types {@code ?form=} accepts, and for each
 * itemised form its items, so that a dashboard can name "5.02" as "Officer changes" and offer only valid filters.
 *
 * @param formTypes every form type {@code ?form=} accepts (each also with {@code /A})
 * @param forms     the forms whose items are parsed, 8-K first
 */
public record CatalogView(List<String> formTypes, List<FormView> forms) {

    static CatalogView of() {
        return new CatalogView(FormCatalog.formTypes(),
                FormCatalog.itemisedForms().stream().map(FormView::of).toList());
    }

    /**
     * One itemised form.
     *
     * @param items       today's items in the form's order; {@code code} is what {@code ?item=} takes
     * @param legacyItems numbers no longer used, each with the code its filings are found under
     * @param itemsSince  the day today's items took effect, where older filings used the legacy numbers
     */
    public record FormView(String form, List<String> formTypes, List<ItemEntry> items,
                           List<LegacyItemEntry> legacyItems, LocalDate itemsSince) {

        static FormView of(CatalogForm form) {
            boolean hasLegacy = !form.legacyItems().isEmpty();
            return new FormView(form.name(), form.formTypes(),
                    form.currentItems().stream().map(ItemEntry::of).toList(),
                    form.legacyItems().stream().map(LegacyItemEntry::of).toList(),
                    hasLegacy ? FormCatalog.CURRENT_REPORT_ITEMS_SINCE : null);
        }
    }

    /** An item: its code as the API takes it ({@code 5.02}, {@code II-1A}), its title, a short label. */
    public record ItemEntry(String code, String title, String label) {

        static ItemEntry of(CatalogItem item) {
            return new ItemEntry(item.normalizedCode(), item.title(), item.label());
        }
    }

    /** A legacy number ({@code 5}), the code it {@code becomes} ({@code 8.01}), and its title then. */
    public record LegacyItemEntry(String code, String becomes, String title) {

        static LegacyItemEntry of(CatalogItem item) {
            return new LegacyItemEntry(item.code(), item.normalizedCode(), item.title());
        }
    }
}
