package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * The condition that a filing's META row is exactly as it was read: its revision unchanged (every write of META,
 * content or sources, raises it), or, for a META written before revisions existed, no revision and the same
 * content hash.
 */
record MetaGuard(String expression, Map<String, String> names, Map<String, AttributeValue> values) {

    static MetaGuard of(RowValues meta) {
        long revision = meta.number(Attr.META_REVISION, -1);
        if (revision >= 0) {
            return new MetaGuard("#mrev = :mrev", Map.of("#mrev", Attr.META_REVISION),
                    Map.of(":mrev", AttributeValue.fromN(Long.toString(revision))));
        }
        return new MetaGuard("attribute_not_exists(#mrev) AND #sha = :sha",
                Map.of("#mrev", Attr.META_REVISION, "#sha", Attr.SHA256),
                Map.of(":sha", AttributeValue.fromS(meta.required(Attr.SHA256))));
    }

    /** The revision the next write of this META gives it. */
    static long next(RowValues meta) {
        return meta.number(Attr.META_REVISION, 0) + 1;
    }
}
