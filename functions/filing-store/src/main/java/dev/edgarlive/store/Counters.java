package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily counts per form and per normalized item code, kept in one tally row per write shard and day
 * ({@code STATS#3} / {@code 2024-05-02}) with one number attribute per form ({@code F#8-K}) and per item code
 * ({@code I#2.02}). A filing changes exactly one tally row (two when a replacement moves it to another day), with
 * one Update, however many items it has: the transaction that makes the filing visible stays a few actions long,
 * and the shard in the partition key spreads a backfill's writes over {@code formShards} partitions.
 *
 * <p>Changes are net deltas between what a filing counted before and what it counts now, applied in the same
 * transaction as the filing's META row: counted exactly when the filing becomes (or stops being) visible.
 */
final class Counters {

    static final String FORM_PREFIX = "F#";
    static final String ITEM_PREFIX = "I#";

    /** One tally row. */
    record Slot(String pk, String sk) {
    }

    private Counters() {
    }

    static String formAttribute(String formKey) {
        return FORM_PREFIX + formKey;
    }

    static String itemAttribute(String code) {
        return ITEM_PREFIX + code;
    }

    /** Net changes per tally row and counter when a filing counted as {@code before} comes to count as {@code after}. */
    static Map<Slot, Map<String, Long>> deltas(IndexFacts before, IndexFacts after) {
        return deltas(before == null ? List.of() : List.of(before), after == null ? List.of() : List.of(after));
    }

    /**
     * Net changes when the filings counted as {@code before} stop counting and those of {@code after} start: one
     * entry per tally row, so that a change moving a key from one filing to another updates each row once (a
     * transaction may not name one item twice).
     */
    static Map<Slot, Map<String, Long>> deltas(List<IndexFacts> before, List<IndexFacts> after) {
        Map<Slot, Map<String, Long>> deltas = new LinkedHashMap<>();
        before.forEach(facts -> add(deltas, facts, -1));
        after.forEach(facts -> add(deltas, facts, +1));
        deltas.values().forEach(counters -> counters.values().removeIf(d -> d == 0));
        deltas.values().removeIf(Map::isEmpty);
        return deltas;
    }

    private static void add(Map<Slot, Map<String, Long>> deltas, IndexFacts facts, long sign) {
        if (facts == null || facts.day() == null) {
            return;
        }
        Map<String, Long> counters = deltas.computeIfAbsent(
                new Slot(Keys.tally(facts.shard()), facts.day().toString()), slot -> new LinkedHashMap<>());
        if (facts.formKey() != null) {
            counters.merge(formAttribute(facts.formKey()), sign, Long::sum);
        }
        for (String code : facts.itemCodes()) {
            counters.merge(itemAttribute(code), sign, Long::sum);
        }
    }

    /** One Update per tally row: {@code ADD #c0 :d0, #c1 :d1, ...}. */
    static List<TransactWriteItem> updates(String table, Map<Slot, Map<String, Long>> deltas) {
        List<TransactWriteItem> updates = new ArrayList<>();
        deltas.forEach((slot, counters) -> {
            Map<String, String> names = new HashMap<>();
            Map<String, AttributeValue> values = new HashMap<>();
            List<String> adds = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, Long> counter : counters.entrySet()) {
                names.put("#c" + i, counter.getKey());
                values.put(":d" + i, AttributeValue.fromN(Long.toString(counter.getValue())));
                adds.add("#c" + i + " :d" + i);
                i++;
            }
            updates.add(TransactWriteItem.builder().update(Update.builder()
                    .tableName(table)
                    .key(Row.keyed(slot.pk(), slot.sk()).build())
                    .updateExpression("ADD " + String.join(", ", adds))
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .build()).build());
        });
        return updates;
    }
}
