package dev.edgarlive.store;

import java.time.Instant;

/** An uploaded object that could not be stored as a filing, and why. */
public record FailureRecord(String key, long size, String reason, Instant at) {
}
