package dev.edgarlive.parser.sections;

import dev.edgarlive.filing.Item;
import dev.edgarlive.forms.CatalogForm;
import dev.edgarlive.forms.CatalogItem;
import dev.edgarlive.forms.FormCatalog;
import dev.edgarlive.parser.text.TextLines;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The parser knows a form's items only through {@link FormCatalog}: every catalog item is in its form's schema,
 * and an item added to a catalog form (as 8-K Item 1.05 was in 2023) is found in a filing's body and named from
 * its header with no other edit.
 */
class FormSchemasTest {

    @Test
    void everyItemOfTheCatalogIsInTheSchemaOfEachOfItsFormTypes() {
        for (CatalogForm form : FormCatalog.itemisedForms()) {
            for (String formType : form.formTypes()) {
                FormSchema schema = FormSchemas.forForm(formType);
                assertThat(schema).as(formType).isNotNull();
                assertThat(schema.items()).as(formType)
                        .extracting(ItemDefinition::code, ItemDefinition::part, ItemDefinition::normalizedCode,
                                ItemDefinition::title, ItemDefinition::legacy)
                        .containsExactlyElementsOf(form.items().stream().map(item -> tuple(item.code(), item.part(),
                                item.normalizedCode(), item.title(), item.legacy())).toList());
            }
        }
    }

    @Test
    void aFormTheCatalogDoesNotItemiseHasNoSchema() {
        assertThat(FormSchemas.forForm("S-1")).isNull();
        assertThat(FormSchemas.forForm(null)).isNull();
        assertThat(FormSchemas.forForm(" 8-k/a ")).isSameAs(FormSchemas.CURRENT_REPORT);
    }

    @Test
    void anItemAddedToTheCatalogIsFoundInTheBodyAndNamedFromTheHeaderWithNoOtherEdit() {
        CatalogForm current = FormCatalog.CURRENT_REPORT;
        List<CatalogItem> items = new ArrayList<>(current.items());
        items.add(current.currentItems().size(), new CatalogItem("9.02", null, "9.02",
                "Disclosure of Material Climate Risk Events", "Climate risk event", false));
        FormSchema schema = FormSchema.of(new CatalogForm(current.name(), current.formTypes(), items,
                current.ordered(), current.parted(), current.itemsRequired()));

        List<Item> found = new ItemExtractor().extract(new TextLines("""
                FORM 8-K

                Item 9.02 Disclosure of Material Climate Risk Events.

                On June 3, 2027, a flood closed the Company's plant in Cedar Rapids for two weeks.

                Item 9.01 Financial Statements and Exhibits.

                None.
                """), schema, false).items();

        assertThat(found).extracting(Item::code, Item::title).containsExactly(
                tuple("9.02", "Disclosure of Material Climate Risk Events"),
                tuple("9.01", "Financial Statements and Exhibits"));
        assertThat(HeaderItems.resolve(schema, "Disclosure of material climate risk events", LocalDate.of(2027, 6, 5))
                .code()).isEqualTo("9.02");
    }
}
