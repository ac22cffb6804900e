package dev.edgarlive.parser;

import dev.edgarlive.forms.FormCatalog;

import java.util.List;

/**
 * The forms whose items the parser knows: the schemas the extractors read, made from {@link FormCatalog}, where
 * the items are declared as data. Adding a form is adding it to the catalog and its schema here.
 */
final class FormSchemas {

    static final FormSchema CURRENT_REPORT = FormSchema.of(FormCatalog.CURRENT_REPORT);
    static final FormSchema ANNUAL_REPORT = FormSchema.of(FormCatalog.ANNUAL_REPORT);
    static final FormSchema QUARTERLY_REPORT = FormSchema.of(FormCatalog.QUARTERLY_REPORT);
    static final FormSchema ASSET_BACKED_REPURCHASES = FormSchema.of(FormCatalog.ASSET_BACKED_REPURCHASES);

    private static final List<FormSchema> ALL = List.of(CURRENT_REPORT, ANNUAL_REPORT, QUARTERLY_REPORT,
            ASSET_BACKED_REPURCHASES);

    private FormSchemas() {
    }

    /** The schema for a form type, or null when the parser knows no items for it. */
    static FormSchema forForm(String formType) {
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
}
