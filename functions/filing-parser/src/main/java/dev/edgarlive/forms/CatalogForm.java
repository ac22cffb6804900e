package dev.edgarlive.forms;

import java.util.List;
import java.util.Locale;

/**
 * What one family of forms looks like, as data: the form types it covers, the items it may carry, whether those
 * items must appear in order, and whether they are grouped in parts.
 *
 * @param name      the family's main form type ({@code 8-K})
 * @param formTypes the form types covered, amendments included ({@code 8-K}, {@code 8-K/A})
 * @param items     every item, current ones first in the form's order, then legacy numbers
 * @param ordered   true when items always appear in the form's order (10-K, 10-Q)
 * @param parted    true when item numbers repeat by part (10-Q: Part I Item 1, Part II Item 1)
 */
public record CatalogForm(String name, List<String> formTypes, List<CatalogItem> items, boolean ordered,
                          boolean parted) {

    public CatalogForm {
        formTypes = List.copyOf(formTypes);
        items = List.copyOf(items);
    }

    public boolean covers(String formType) {
        return formTypes.contains(formType.strip().toUpperCase(Locale.ROOT));
    }

    /** The items in use today, in the form's order. */
    public List<CatalogItem> currentItems() {
        return items.stream().filter(item -> !item.legacy()).toList();
    }

    /** Item numbers no longer used, each naming the current item it became. */
    public List<CatalogItem> legacyItems() {
        return items.stream().filter(CatalogItem::legacy).toList();
    }
}
