package dev.edgarlive.query;

import dev.edgarlive.store.FailureRecord;

import java.time.Instant;

/**
 * An uploaded object that could not be stored as a filing, as {@code GET /failures} lists it.
 *
 * @param key    the object's S3 key (it is still in the bucket)
 * @param size   its size in bytes
 * @param reason why it is not a filing: a code ({@code NOT_A_FILING}, {@code PARSE_TIMEOUT}...), a colon, a message
 * @param at     when its latest content failed
 */
public record FailureView(String key, long size, String reason, Instant at) {

    static FailureView of(FailureRecord failure) {
        return new FailureView(failure.key(), failure.size(), failure.reason(), failure.at());
    }
}
