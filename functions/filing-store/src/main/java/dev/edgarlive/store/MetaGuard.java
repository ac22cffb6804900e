package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

/**
 * The condition that a filing's META row is exactly as it was read: the same content version (random for every
 * write of content, so a META removed and written again never passes for the old one) and the same revision
 * (raised by every write of META, a source key joining or leaving too). A META written before versions existed
 * is recognised by its content hash, and a revision only when it has one.
 */
record MetaGuard(String expression, Map<String, String> names, Map<String, AttributeValue> values) {

    static MetaGuard of(RowValues meta) {
        StringBuilder expression = new StringBuilder();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        names.put("#cv", Attr.CONTENT_VERSION);
        names.put("#mrev", Attr.META_REVISION);
        String version = meta.string(Attr.CONTENT_VERSION);
        if (version != null) {
            expression.append("#cv = :cv");
            values.put(":cv", AttributeValue.fromS(version));
        } else {
            expression.append("attribute_not_exists(#cv) AND #sha = :sha");
            names.put("#sha", Attr.SHA256);
            values.put(":sha", AttributeValue.fromS(meta.required(Attr.SHA256)));
        }
        long revision = meta.number(Attr.META_REVISION, -1);
        if (revision >= 0) {
            expression.append(" AND #mrev = :mrev");
            values.put(":mrev", AttributeValue.fromN(Long.toString(revision)));
        } else {
            expression.append(" AND attribute_not_exists(#mrev)");
        }
        return new MetaGuard(expression.toString(), Map.copyOf(names), Map.copyOf(values));
    }

    /** The revision the next write of this META gives it. */
    static long next(RowValues meta) {
        return meta.number(Attr.META_REVISION, 0) + 1;
    }
}
