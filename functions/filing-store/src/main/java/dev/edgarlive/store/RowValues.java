package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads one DynamoDB item by attribute name; a missing attribute reads as null (or empty for lists). */
final class RowValues {

    private final Map<String, AttributeValue> values;

    RowValues(Map<String, AttributeValue> values) {
        this.values = values;
    }

    String string(String name) {
        AttributeValue v = values.get(name);
        return v == null ? null : v.s();
    }

    String required(String name) {
        String s = string(name);
        if (s == null) {
            throw new CorruptRowException("row " + string(Keys.PK) + "/" + string(Keys.SK) + " lacks " + name);
        }
        return s;
    }

    Integer integer(String name) {
        AttributeValue v = values.get(name);
        return v == null || v.n() == null ? null : Integer.valueOf(v.n());
    }

    long number(String name, long absent) {
        AttributeValue v = values.get(name);
        return v == null || v.n() == null ? absent : Long.parseLong(v.n());
    }

    boolean bool(String name) {
        AttributeValue v = values.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }

    LocalDate date(String name) {
        String s = string(name);
        return s == null ? null : LocalDate.parse(s);
    }

    Instant instant(String name) {
        String s = string(name);
        return s == null ? null : Instant.parse(s);
    }

    byte[] bytes(String name) {
        AttributeValue v = values.get(name);
        return v == null || v.b() == null ? null : v.b().asByteArray();
    }

    List<String> strings(String name) {
        AttributeValue v = values.get(name);
        return v == null || !v.hasL() ? List.of() : v.l().stream().map(AttributeValue::s).toList();
    }

    List<String> stringSet(String name) {
        AttributeValue v = values.get(name);
        return v == null || !v.hasSs() ? List.of() : v.ss().stream().sorted().toList();
    }

    Map<String, AttributeValue> map(String name) {
        AttributeValue v = values.get(name);
        return v == null || !v.hasM() ? null : v.m();
    }

    List<AttributeValue> list(String name) {
        AttributeValue v = values.get(name);
        return v == null || !v.hasL() ? List.of() : v.l();
    }
}
