package dev.edgarlive.parser;

import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.forms.FormCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reconciles the items the body yields with the header's ITEM INFORMATION (titles in {@code .txt} headers,
 * numbers in {@code .nc} ones). The body is always parsed; the header adds an item the body lacks (with empty
 * text) and both disagreements become warnings. Blank header lines name no item and are skipped.
 */
final class HeaderItems {

    /** The day the current 8-K item numbers took effect. */
    static final LocalDate CURRENT_ITEMS_SINCE = FormCatalog.CURRENT_REPORT_ITEMS_SINCE;

    private HeaderItems() {
    }

    static void reconcile(SubmissionHeader header, FormSchema schema, LocalDate filed, List<Item> items,
                          List<ParseIssue> warnings) {
        if (header.itemInformation().isEmpty()) {
            return;
        }
        List<ItemDefinition> named = new ArrayList<>();
        boolean anyBlank = false;
        for (String entry : header.itemInformation()) {
            if (entry.isBlank()) {
                anyBlank = true;
                continue;
            }
            ItemDefinition definition = resolve(schema, entry, filed);
            if (definition != null) {
                named.add(definition);
            }
        }
        Set<String> inBody = new LinkedHashSet<>();
        for (Item item : items) {
            inBody.add(item.normalizedCode());
        }
        Set<String> inHeader = new LinkedHashSet<>();
        for (ItemDefinition definition : named) {
            inHeader.add(definition.normalizedCode());
            if (!inBody.contains(definition.normalizedCode())) {
                items.add(new Item(definition.code(), definition.normalizedCode(), definition.title(), ""));
                inBody.add(definition.normalizedCode());
                warnings.add(ParseIssue.warning("ITEM_ONLY_IN_HEADER", -1, "the header lists item "
                        + definition.code() + " (" + definition.title() + ") but no heading for it was found"));
            }
        }
        if (!anyBlank) {
            for (Item item : items) {
                if (!inHeader.contains(item.normalizedCode())) {
                    warnings.add(ParseIssue.warning("ITEM_NOT_IN_HEADER", -1,
                            "item " + item.code() + " has a heading but the header does not list it"));
                }
            }
        }
    }

    /** A header entry to an item: a number ({@code 5.02}) or a title, read in the filing's era. */
    static ItemDefinition resolve(FormSchema schema, String entry, LocalDate filed) {
        List<ItemDefinition> byCode = schema.definitionsFor(entry.strip());
        if (!byCode.isEmpty()) {
            return byCode.get(0);
        }
        List<ItemDefinition> byTitle = schema.byTitle(entry);
        if (byTitle.isEmpty()) {
            return null;
        }
        boolean legacyEra = filed != null && filed.isBefore(CURRENT_ITEMS_SINCE);
        for (ItemDefinition definition : byTitle) {
            boolean legacy = !definition.code().contains(".");
            if (legacy == legacyEra) {
                return definition;
            }
        }
        return byTitle.get(0);
    }
}
