package dev.edgarlive.query;

import dev.edgarlive.store.Page;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, newest first.
 *
 * @param nextCursor pass it back as {@code cursor}, with the same other parameters, for the next page;
 *                   null on the last page
 */
public record PageView<T>(List<T> items, String nextCursor) implements TooLargeAdvice {

    static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.items(), page.nextCursor().orElse(null));
    }

    static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
    }

    @Override
    public ApiProblem tooLarge(long payloadBytes) {
        return ApiProblem.tooLarge("This page of " + items.size() + " rows would take " + payloadBytes
                + " bytes, more than one response can carry (" + LambdaPayload.MAX_BODY + "): ask for fewer with"
                + " limit.", "limit", null, null);
    }
}
