package dev.edgarlive.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.edgarlive.filing.Item;
import dev.edgarlive.store.TextExtent;

import java.util.List;

/**
 * An item as the API shows it: its metadata, its length and an excerpt; {@code text} only when asked for.
 *
 * @param length         the full text's length in characters
 * @param textSharedWith the other items whose text is this same passage (announced together); see {@link Item}
 * @param textLink       only on an item read on its own whose text is too large for a response: where to fetch it
 *                       ({@code text} is then null)
 */
public record ItemView(String code, String normalizedCode, String title, long length, String excerpt, String text,
                       List<String> textSharedWith, @JsonInclude(JsonInclude.Include.NON_NULL) TextLink textLink) {

    static ItemView of(Item item, TextExtent extent) {
        return new ItemView(item.code(), item.normalizedCode(), item.title(), extent.length(), extent.excerpt(),
                item.text(), item.textSharedWith(), null);
    }

    /** An item read on its own, always with its full text. */
    static ItemView full(Item item) {
        String text = item.text() == null ? "" : item.text();
        return new ItemView(item.code(), item.normalizedCode(), item.title(), text.length(), Excerpt.of(text), text,
                item.textSharedWith(), null);
    }

    /** An item read on its own whose text is to be fetched from {@code link}. */
    static ItemView linked(Item item, TextExtent extent, TextLink link) {
        return new ItemView(item.code(), item.normalizedCode(), item.title(), extent.length(),
                Excerpt.of(extent.excerpt()), null, item.textSharedWith(), link);
    }
}
