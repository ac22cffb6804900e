package dev.edgarlive.forms;

import java.util.Objects;

/**
 * One item a form may carry.
 *
 * @param code           the number as filings write it ({@code 2.02}, {@code 5}, {@code 1A})
 * @param part           the part it belongs to ({@code I}, {@code II}) for forms whose items repeat by part, else null
 * @param normalizedCode the number data is stored and queried under: today's number ({@code 8.01} for the legacy
 *                       8-K item 5), prefixed by its part where items repeat by part ({@code II-1A})
 * @param title          the title the form gives it
 * @param label          a short name for legends and menus ("Officer changes"); the title where none is shorter
 * @param legacy         true for an item number that is no longer used, kept so that old filings read correctly
 */
public record CatalogItem(String code, String part, String normalizedCode, String title, String label,
                          boolean legacy) {

    public CatalogItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(normalizedCode, "normalizedCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
    }
}
