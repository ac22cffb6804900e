package dev.edgarlive.filing;

import java.util.List;

/**
 * One item of a report: an 8-K event ("Item 2.02 Results of Operations"), or a 10-K/10-Q section.
 *
 * @param code           the item number as written in the filing ({@code 5}, {@code 2.02}, {@code 1A})
 * @param normalizedCode today's number for it: pre-2004 8-K items are mapped ({@code 5} becomes {@code 8.01});
 *                       10-Q items carry their part ({@code I-2}, {@code II-1A})
 * @param title          the heading's title, cleaned of layout
 * @param text           the item's body as readable text, without page furniture or the signature block
 * @param textSharedWith the normalized codes of the other items whose text is this same passage, in filing order:
 *                       items announced together, under one heading ("Items 1.01 and 2.03") or under headings with
 *                       nothing between them, which the filing answers with one text. Each of them carries the
 *                       whole text; a reader that counts or joins texts takes it once. Empty when the text is this
 *                       item's own (and when it is empty).
 */
public record Item(String code, String normalizedCode, String title, String text, List<String> textSharedWith) {

    public Item {
        textSharedWith = textSharedWith == null ? List.of() : List.copyOf(textSharedWith);
    }

    /** An item whose text is its own. */
    public Item(String code, String normalizedCode, String title, String text) {
        this(code, normalizedCode, title, text, List.of());
    }
}
