package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * DynamoDB's size of an item, counted the way the service documents it: attribute names plus values, strings in
 * UTF-8 bytes, numbers about one byte per two digits, lists and maps with a few bytes of overhead per element.
 * Slightly pessimistic, so a row this calls small enough is small enough.
 */
final class ItemSize {

    /** DynamoDB refuses items above this. */
    static final int LIMIT = 400 * 1024;
    /** What the store allows itself, leaving room for the estimate's error and for attributes added later. */
    static final int BUDGET = 380 * 1024;

    private ItemSize() {
    }

    static long of(Map<String, AttributeValue> item) {
        long total = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            total += utf8(e.getKey()) + of(e.getValue());
        }
        return total;
    }

    static long of(AttributeValue v) {
        if (v.s() != null) {
            return utf8(v.s());
        }
        if (v.n() != null) {
            return v.n().length() / 2 + 2;
        }
        if (v.b() != null) {
            return v.b().asByteArrayUnsafe().length;
        }
        if (v.bool() != null || Boolean.TRUE.equals(v.nul())) {
            return 1;
        }
        if (v.hasSs()) {
            return v.ss().stream().mapToLong(ItemSize::utf8).sum();
        }
        if (v.hasNs()) {
            return v.ns().stream().mapToLong(n -> n.length() / 2 + 2).sum();
        }
        if (v.hasBs()) {
            return v.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
        }
        if (v.hasL()) {
            return 3 + v.l().stream().mapToLong(e -> 1 + of(e)).sum();
        }
        if (v.hasM()) {
            return 3 + v.m().entrySet().stream().mapToLong(e -> 1 + utf8(e.getKey()) + of(e.getValue())).sum();
        }
        return 1;
    }

    private static long utf8(String s) {
        // Most text is ASCII; count exactly only when it is not.
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return s.length();
    }
}
