package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a filing's partition to exactly what its META row names, whatever earlier writes left behind: rows and
 * S3 objects of other content versions (replaced ones, and those of writes that crashed or lost a race), index
 * rows that do not match META, and, when META is gone, everything. Idempotent and safe beside a concurrent writer
 * (see {@link ContentSeals}): run after every commit and again whenever an event is redelivered, it is what makes
 * a redelivery finish the work of an attempt that failed after its commit.
 */
final class PartitionCleaner {

    /** Fixes of index rows per transaction, with the check of META. */
    private static final int INDEX_FIXES_PER_TRANSACTION = 99;

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWriter batches;
    private final DerivedObjects derived;
    private final ContentSeals seals;
    private final CompanyProfiles profiles;

    PartitionCleaner(DynamoDbClient dynamo, String table, BatchWriter batches, DerivedObjects derived,
                     ContentSeals seals, CompanyProfiles profiles) {
        this.dynamo = dynamo;
        this.table = table;
        this.batches = batches;
        this.derived = derived;
        this.seals = seals;
        this.profiles = profiles;
    }

    /** A row of the partition as the clean-up sees it: its sort key, version and, for a seal, its flags. */
    private record Entry(String sk, String version, boolean dead, boolean objects) {
    }

    /**
     * Cleans filing {@code id}'s partition.
     *
     * @param meta the META row as this caller just committed it, or null to read it
     */
    void clean(String id, Map<String, AttributeValue> meta) {
        Map<String, AttributeValue> current = meta != null ? meta : readMeta(id);
        List<Entry> entries = entries(id);
        String version = current == null ? null : versionOf(current);
        List<String> objectKeys = null;
        if (entries.stream().anyMatch(e -> e.version().isEmpty() && !e.sk().equals(Keys.META)
                && !e.sk().startsWith(Keys.XREF) && !"".equals(version))) {
            // Rows of the layout written before versions existed: its S3 objects sit in folders no seal names. List
            // them before reading the partition again, so that any object listed of a version still being written
            // has its seal in what is read next, and is left alone.
            objectKeys = derived.list(DerivedObjects.filingPrefix(id));
            entries = entries(id);
        }
        Set<String> live = removeOtherVersions(id, version, entries);
        if (objectKeys != null) {
            removeUnsealedObjects(id, version, live, objectKeys);
        }
        reconcileIndex(id, current, entries);
        if (current != null) {
            RowValues m = new RowValues(current);
            profiles.offer(CompanyMapping.fromAttribute(m.map(Attr.COMPANY)), IndexFacts.fromMeta(m));
        }
    }

    /** Removes every version but {@code keep}; returns the versions left alive (committed meanwhile). */
    private Set<String> removeOtherVersions(String id, String keep, List<Entry> entries) {
        Map<String, List<Entry>> byVersion = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (!e.sk().equals(Keys.META) && !e.sk().startsWith(Keys.XREF)) {
                byVersion.computeIfAbsent(e.version(), v -> new ArrayList<>()).add(e);
            }
        }
        Set<String> live = new HashSet<>();
        if (keep != null) {
            live.add(keep);
        }
        for (Map.Entry<String, List<Entry>> version : byVersion.entrySet()) {
            String name = version.getKey();
            if (name.equals(keep)) {
                continue;
            }
            Entry seal = version.getValue().stream().filter(e -> e.sk().startsWith(Keys.VERSION)).findFirst()
                    .orElse(null);
            if (seal != null && !seal.dead() && seals.kill(id, name) == ContentSeals.Fate.CURRENT) {
                live.add(name);     // META names it now: a writer committed it after our read
                continue;
            }
            List<Map<String, AttributeValue>> rows = version.getValue().stream()
                    .filter(e -> e != seal)
                    .map(e -> Row.keyed(Keys.filing(id), e.sk()).build())
                    .toList();
            batches.delete(rows);
            if (seal != null) {
                if (seal.objects()) {
                    derived.delete(derived.list(DerivedObjects.prefix(id, name)));
                }
                seals.delete(id, name);
            }
        }
        return live;
    }

    /** Objects in folders of no live version: the layout before versions, or leftovers of a dead one. */
    private void removeUnsealedObjects(String id, String keep, Set<String> live, List<String> objectKeys) {
        String root = DerivedObjects.filingPrefix(id);
        List<String> doomed = new ArrayList<>();
        for (String key : objectKeys) {
            String rest = key.substring(root.length());
            int slash = rest.indexOf('/');
            String folder = slash < 0 ? rest : rest.substring(0, slash);
            if (!live.contains(folder) && !folder.equals(keep)) {
                doomed.add(key);
            }
        }
        derived.delete(doomed);
    }

    /**
     * Puts the index rows META implies where they are missing or were written for another version, and deletes
     * those it does not imply (all of them when META is gone), in transactions that check META has not changed
     * since it was read: a concurrent commit writes its own index rows and is cleaned after.
     */
    private void reconcileIndex(String id, Map<String, AttributeValue> meta, List<Entry> entries) {
        Map<String, Entry> present = new HashMap<>();
        entries.stream().filter(e -> e.sk().startsWith(Keys.XREF)).forEach(e -> present.put(e.sk(), e));
        List<TransactWriteItem> fixes = new ArrayList<>();
        String version = meta == null ? null : versionOf(meta);
        if (meta != null) {
            for (Map<String, AttributeValue> row : FilingRows.indexOfMeta(meta)) {
                Entry there = present.remove(row.get(Keys.SK).s());
                if (there == null || !there.version().equals(version)) {
                    fixes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(row).build())
                            .build());
                }
            }
        }
        for (String sk : present.keySet()) {
            fixes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(Row.keyed(Keys.filing(id), sk).build()).build()).build());
        }
        for (int from = 0; from < fixes.size(); from += INDEX_FIXES_PER_TRANSACTION) {
            List<TransactWriteItem> actions = new ArrayList<>();
            actions.add(metaUnchanged(id, meta));
            actions.addAll(fixes.subList(from, Math.min(fixes.size(), from + INDEX_FIXES_PER_TRANSACTION)));
            try {
                new Transactions(dynamo).write(actions, -1, id);
            } catch (Transactions.LostRace metaMoved) {
                return;     // the writer that moved META cleans after its own commit
            }
        }
    }

    private TransactWriteItem metaUnchanged(String id, Map<String, AttributeValue> meta) {
        ConditionCheck.Builder check = ConditionCheck.builder().tableName(table)
                .key(Row.keyed(Keys.filing(id), Keys.META).build());
        if (meta == null) {
            check.conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", Keys.PK));
        } else {
            MetaGuard guard = MetaGuard.of(new RowValues(meta));
            check.conditionExpression(guard.expression()).expressionAttributeNames(guard.names())
                    .expressionAttributeValues(guard.values());
        }
        return TransactWriteItem.builder().conditionCheck(check.build()).build();
    }

    private Map<String, AttributeValue> readMeta(String id) {
        Map<String, AttributeValue> row = dynamo.getItem(b -> b.tableName(table)
                .key(Row.keyed(Keys.filing(id), Keys.META).build()).consistentRead(true)).item();
        return row == null || row.isEmpty() ? null : row;
    }

    /** Every row of the partition: sort key, version and seal flags only (texts are not read). */
    private List<Entry> entries(String id) {
        QueryRequest request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK, "#cv", Attr.CONTENT_VERSION,
                        "#dead", Attr.DEAD, "#objs", Attr.HAS_OBJECTS))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.filing(id))))
                .projectionExpression("#pk, #sk, #cv, #dead, #objs")
                .consistentRead(true)
                .build();
        List<Entry> entries = new ArrayList<>();
        dynamo.queryPaginator(request).items().forEach(row -> {
            RowValues v = new RowValues(row);
            String version = v.string(Attr.CONTENT_VERSION);
            entries.add(new Entry(v.required(Keys.SK), version == null ? "" : version, v.bool(Attr.DEAD),
                    v.bool(Attr.HAS_OBJECTS)));
        });
        return entries;
    }

    static String versionOf(Map<String, AttributeValue> meta) {
        AttributeValue v = meta.get(Attr.CONTENT_VERSION);
        return v == null ? "" : v.s();
    }
}
