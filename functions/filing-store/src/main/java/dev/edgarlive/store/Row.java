package dev.edgarlive.store;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one DynamoDB item. Null values are left out rather than written as NULL, so absent and
 * present-but-empty stay distinct when read back ({@link RowValues} reads a missing attribute as null).
 */
final class Row {

    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    static Row keyed(String pk, String sk) {
        return new Row().put(Keys.PK, pk).put(Keys.SK, sk);
    }

    Row put(String name, String value) {
        if (value != null) {
            values.put(name, AttributeValue.fromS(value));
        }
        return this;
    }

    Row put(String name, long value) {
        values.put(name, AttributeValue.fromN(Long.toString(value)));
        return this;
    }

    Row put(String name, Integer value) {
        if (value != null) {
            values.put(name, AttributeValue.fromN(value.toString()));
        }
        return this;
    }

    Row put(String name, boolean value) {
        values.put(name, AttributeValue.fromBool(value));
        return this;
    }

    Row put(String name, LocalDate value) {
        return put(name, value == null ? null : value.toString());
    }

    Row put(String name, byte[] value) {
        if (value != null) {
            values.put(name, AttributeValue.fromB(SdkBytes.fromByteArray(value)));
        }
        return this;
    }

    Row put(String name, AttributeValue value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    Row putStrings(String name, List<String> list) {
        values.put(name, AttributeValue.fromL(list.stream().map(AttributeValue::fromS).toList()));
        return this;
    }

    /** A string set; DynamoDB has no empty set, so an empty collection is left out. */
    Row putStringSet(String name, Collection<String> set) {
        if (!set.isEmpty()) {
            values.put(name, AttributeValue.fromSs(List.copyOf(set)));
        }
        return this;
    }

    Row putAll(Map<String, AttributeValue> more) {
        values.putAll(more);
        return this;
    }

    Map<String, AttributeValue> build() {
        return Map.copyOf(values);
    }
}
