package dev.edgarlive.query;

import dev.edgarlive.store.Page;

import java.util.List;

/**
 * One page of a list, newest first.
 *
 * @param nextCursor pass it back as {@code cursor}, with the same other parameters, for the next page;
 *                   null on the last page
 */
public record PageView<T>(List<T> items, String nextCursor) {

    static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.nextCursor().orElse(null));
    }
}
