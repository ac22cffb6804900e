package dev.edgarlive.filing;

/**
 * One item of a report: an 8-K event ("Item 2.02 Results of Operations"), or a 10-K/10-Q section.
 *
 * @param code           the item number as written in the filing ({@code 5}, {@code 2.02}, {@code 1A})
 * @param normalizedCode today's number for it: pre-2004 8-K items are mapped ({@code 5} becomes {@code 8.01});
 *                       10-Q items carry their part ({@code I-2}, {@code II-1A})
 * @param title          the heading's title, cleaned of layout
 * @param text           the item's body as readable text, without page furniture or the signature block
 */
public record Item(String code, String normalizedCode, String title, String text) {
}
