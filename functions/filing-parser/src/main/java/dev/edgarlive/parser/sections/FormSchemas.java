package dev.edgarlive.parser.sections;

import dev.edgarlive.forms.CatalogForm;
import dev.edgarlive.forms.FormCatalog;

import java.util.List;

/**
 * The forms whose items the parser knows: one schema per itemised form of {@link FormCatalog}, where the forms
 * and their items are declared as data. Adding an item, or an itemised form, is an edit of the catalog alone.
 */
public final class FormSchemas {

    private static final List<FormSchema> ALL = FormCatalog.itemisedForms().stream().map(FormSchema::of).toList();

    static final FormSchema CURRENT_REPORT = of(FormCatalog.CURRENT_REPORT);
    static final FormSchema ANNUAL_REPORT = of(FormCatalog.ANNUAL_REPORT);
    static final FormSchema QUARTERLY_REPORT = of(FormCatalog.QUARTERLY_REPORT);
    static final FormSchema ASSET_BACKED_REPURCHASES = of(FormCatalog.ASSET_BACKED_REPURCHASES);

    private FormSchemas() {
    }

    /** The schema for a form type, or null when the parser knows no items for it. */
    public static FormSchema forForm(String formType) {
        if (formType == null) {
            return null;
        }
        for (FormSchema schema : ALL) {
            if (schema.covers(formType.strip())) {
                return schema;
            }
        }
        return null;
    }

    private static FormSchema of(CatalogForm form) {
        return ALL.get(FormCatalog.itemisedForms().indexOf(form));
    }
}
