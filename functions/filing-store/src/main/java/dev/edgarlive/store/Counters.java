package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily counts per form and per normalized item code, kept as counter rows sharded like the filings
 * ({@code STATS#FORM#8-K} / {@code 2024-05-02#03}), so a backfill of one form does not hammer one row.
 * Changes are computed as net deltas between what a filing counted before and what it counts now, and go into
 * the same transaction as the filing's META row: counted exactly when the filing becomes (or stops being) visible.
 */
final class Counters {

    record Slot(String pk, String sk) {
    }

    private Counters() {
    }

    /** Net changes to counter rows when a filing counted as {@code before} comes to count as {@code after}. */
    static Map<Slot, Long> deltas(IndexFacts before, IndexFacts after) {
        Map<Slot, Long> deltas = new LinkedHashMap<>();
        add(deltas, before, -1);
        add(deltas, after, +1);
        deltas.values().removeIf(d -> d == 0);
        return deltas;
    }

    private static void add(Map<Slot, Long> deltas, IndexFacts facts, long sign) {
        if (facts == null || facts.day() == null) {
            return;
        }
        String sk = Keys.counterSlot(facts.day(), facts.shard());
        if (facts.formKey() != null) {
            deltas.merge(new Slot(Keys.formStats(facts.formKey()), sk), sign, Long::sum);
        }
        for (String code : facts.itemCodes()) {
            deltas.merge(new Slot(Keys.itemStats(code), sk), sign, Long::sum);
        }
    }

    static List<TransactWriteItem> updates(String table, Map<Slot, Long> deltas) {
        List<TransactWriteItem> updates = new ArrayList<>();
        deltas.forEach((slot, delta) -> updates.add(TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(Row.keyed(slot.pk(), slot.sk()).build())
                .updateExpression("ADD #n :d")
                .expressionAttributeNames(Map.of("#n", Attr.COUNT))
                .expressionAttributeValues(Map.of(":d", AttributeValue.fromN(Long.toString(delta))))
                .build()).build()));
        return updates;
    }
}
