package dev.edgarlive.query;

import dev.edgarlive.filing.Item;
import dev.edgarlive.store.TextExtent;

import java.util.List;

/**
 * An item as the API shows it: its metadata, its length and an excerpt; {@code text} only when asked for.
 *
 * @param length         the full text's length in characters
 * @param textSharedWith the other items whose text is this same passage (announced together); see {@link Item}
 */
public record ItemView(String code, String normalizedCode, String title, long length, String excerpt, String text,
                       List<String> textSharedWith) {

    static ItemView of(Item item, TextExtent extent) {
        return new ItemView(item.code(), item.normalizedCode(), item.title(), extent.length(), extent.excerpt(),
                item.text(), item.textSharedWith());
    }

    /** An item read on its own, always with its full text. */
    static ItemView full(Item item) {
        String text = item.text() == null ? "" : item.text();
        return new ItemView(item.code(), item.normalizedCode(), item.title(), text.length(), Excerpt.of(text), text,
                item.textSharedWith());
    }
}
