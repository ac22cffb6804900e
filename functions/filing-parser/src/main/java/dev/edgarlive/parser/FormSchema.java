package dev.edgarlive.parser;

import dev.edgarlive.forms.CatalogForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one family of forms looks like, as data: which form types it covers, the items it may carry, whether
 * those items must appear in order, and whether they are grouped in parts. The extractors read this; they never
 * test a form type themselves.
 *
 * @param formTypes the form types covered, amendments included ({@code 8-K}, {@code 8-K/A})
 * @param ordered   true when items always appear in the schema's order (10-K, 10-Q): out-of-order candidates are
 *                  cross-references, not headings
 * @param parted    true when item numbers repeat by part (10-Q: Part I Item 1, Part II Item 1)
 */
record FormSchema(String name, List<String> formTypes, List<ItemDefinition> items, boolean ordered, boolean parted) {

    FormSchema {
        formTypes = List.copyOf(formTypes);
        items = List.copyOf(items);
    }

    /** The schema of a catalog form: its items as the extractors read them. */
    static FormSchema of(CatalogForm form) {
        List<ItemDefinition> items = form.items().stream()
                .map(item -> new ItemDefinition(item.code(), item.part(), item.normalizedCode(), item.title()))
                .toList();
        return new FormSchema(form.name(), form.formTypes(), items, form.ordered(), form.parted());
    }

    boolean covers(String formType) {
        return formTypes.contains(formType.toUpperCase(Locale.ROOT));
    }

    /** The definitions a written code may mean (several for a parted form), in schema order. */
    List<ItemDefinition> definitionsFor(String code) {
        List<ItemDefinition> found = new ArrayList<>(2);
        for (ItemDefinition item : items) {
            if (item.code().equalsIgnoreCase(code)) {
                found.add(item);
            }
        }
        return found;
    }

    int indexOf(ItemDefinition definition) {
        return items.indexOf(definition);
    }

    /**
     * The definitions whose title best matches a header's ITEM INFORMATION text ("Other events",
     * "Departure of Directors or Principal Officers; ..."), by the share of the text's words found in the title.
     * Several when titles tie (the legacy and current "Other Events"); empty when nothing is close.
     */
    List<ItemDefinition> byTitle(String text) {
        List<String> wanted = TitleKey.words(text);
        List<ItemDefinition> best = new ArrayList<>();
        if (wanted.isEmpty()) {
            return best;
        }
        double bestScore = 0.6;
        for (ItemDefinition item : items) {
            List<String> words = TitleKey.words(item.title());
            long common = wanted.stream().filter(words::contains).count();
            double score = (double) common / Math.max(wanted.size(), words.size() * 0.8);
            if (score > bestScore + 1e-9) {
                best.clear();
                best.add(item);
                bestScore = score;
            } else if (Math.abs(score - bestScore) < 1e-9 && !best.isEmpty()) {
                best.add(item);
            }
        }
        return best;
    }
}
