package dev.edgarlive.store;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list, newest first.
 *
 * @param nextCursor present while more may follow; pass it back unchanged with the same query to read on
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
