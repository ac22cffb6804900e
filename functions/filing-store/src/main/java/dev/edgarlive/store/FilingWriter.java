package dev.edgarlive.store;

import dev.edgarlive.filing.Filing;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Saves and removes filings so that every outcome is idempotent and counters stay exact.
 *
 * <p>Order of a write: derived S3 objects, then the body rows (invisible without META), then one transaction
 * that puts META (conditioned on what was read), the source row and the counter deltas, then the clean-up of rows
 * and objects the new content no longer has. A crash anywhere leaves either the old filing or the new one
 * visible, and the redelivered event completes the work. A remove runs the same steps backwards.
 */
final class FilingWriter {

    private static final int ATTEMPTS = 3;

    private final DynamoDbClient dynamo;
    private final String table;
    private final int shards;
    private final BatchWriter batches;
    private final DerivedObjects derived;
    private final CompanyProfiles profiles;
    private final Clock clock;

    FilingWriter(DynamoDbClient dynamo, StoreSettings settings, DerivedObjects derived, CompanyProfiles profiles,
                 Clock clock) {
        this.dynamo = dynamo;
        this.table = settings.tableName();
        this.shards = settings.formShards();
        this.batches = new BatchWriter(dynamo, table);
        this.derived = derived;
        this.profiles = profiles;
        this.clock = clock;
    }

    SaveOutcome save(SourceObject source, Filing filing) {
        if (source.contentSha256() == null) {
            throw new IllegalArgumentException("a filing is saved with the hash of the bytes it was parsed from");
        }
        String id = FilingId.of(filing, source.contentSha256()).value();
        return retryingConflicts(() -> trySave(source, filing, id));
    }

    RemoveOutcome remove(String key) {
        return retryingConflicts(() -> tryRemove(key));
    }

    void recordFailure(SourceObject source, String reason, Instant at) {
        retryingConflicts(() -> {
            Optional<SourceRecord> prior = source(source.key());
            if (prior.isPresent() && prior.get().status() == SourceRecord.Status.FILING) {
                // The key's new bytes are not a filing: it no longer holds the one it held.
                detach(prior.get().key(), prior.get().filingId(), false);
            }
            SourceRecord failure = SourceRecord.failed(source, reason, at);
            dynamo.putItem(b -> b.tableName(table).item(failure.toRow()));
            return null;
        });
    }

    private SaveOutcome trySave(SourceObject source, Filing filing, String id) {
        Map<String, Map<String, AttributeValue>> found = getConsistently(
                List.of(SourceRecord.key(source.key()), metaKey(id)));
        Optional<SourceRecord> prior = Optional.ofNullable(found.get(Keys.source(source.key())))
                .map(SourceRecord::fromRow)
                .filter(p -> p.status() == SourceRecord.Status.FILING);
        Map<String, AttributeValue> meta = found.get(Keys.filing(id));
        RowValues metaValues = meta == null ? null : new RowValues(meta);

        if (prior.isPresent() && prior.get().contentSha256().equals(source.contentSha256())
                && id.equals(prior.get().filingId()) && metaValues != null
                && metaValues.stringSet(Attr.SOURCES).contains(source.key())) {
            return new SaveOutcome(id, SaveOutcome.Change.UNCHANGED);   // a redelivery: nothing to do
        }
        boolean overwrite = prior.isPresent() && !(id.equals(prior.get().filingId())
                && prior.get().contentSha256().equals(source.contentSha256()));
        if (prior.isPresent() && !id.equals(prior.get().filingId())) {
            detach(source.key(), prior.get().filingId(), true);
        }
        SaveOutcome.Change change;
        if (metaValues == null) {
            write(source, filing, id, null);
            change = overwrite ? SaveOutcome.Change.REPLACED : SaveOutcome.Change.CREATED;
        } else if (source.contentSha256().equals(metaValues.string(Attr.SHA256))) {
            attach(source, id);
            change = overwrite ? SaveOutcome.Change.REPLACED : SaveOutcome.Change.UNCHANGED;
        } else {
            write(source, filing, id, metaValues);
            change = SaveOutcome.Change.REPLACED;
        }
        return new SaveOutcome(id, change);
    }

    /** Writes a filing's content, new ({@code old} null) or replacing the content {@code old} describes. */
    private void write(SourceObject source, Filing filing, String id, RowValues old) {
        Set<String> sourceKeys = new LinkedHashSet<>();
        if (old != null) {
            sourceKeys.addAll(old.stringSet(Attr.SOURCES));
        }
        sourceKeys.add(source.key());
        Instant now = clock.instant();
        FilingRows rows = FilingRows.of(id, filing, source.contentSha256(), sourceKeys, now, shards);
        IndexFacts before = old == null ? null : IndexFacts.fromMeta(old);

        List<TransactWriteItem> actions = new ArrayList<>();
        Put.Builder putMeta = Put.builder().tableName(table).item(rows.meta());
        if (old == null) {
            putMeta.conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK));
        } else {
            putMeta.conditionExpression("#sha = :sha")
                    .expressionAttributeNames(Map.of("#sha", Attr.SHA256))
                    .expressionAttributeValues(Map.of(":sha", AttributeValue.fromS(old.required(Attr.SHA256))));
        }
        actions.add(TransactWriteItem.builder().put(putMeta.build()).build());
        actions.add(putSource(SourceRecord.filing(source, id, now)));
        actions.addAll(Counters.updates(table, Counters.deltas(before, rows.facts())));

        derived.write(rows.objects());
        Set<Map<String, AttributeValue>> existing = partitionKeys(id);
        batches.put(rows.body());
        dynamo.transactWriteItems(b -> b.transactItems(actions));

        Set<Map<String, AttributeValue>> current = rows.allRows().stream().map(FilingWriter::keyOf)
                .collect(Collectors.toSet());
        existing.removeAll(current);
        batches.delete(List.copyOf(existing));
        if (old != null) {
            derived.deleteAllBut(id, rows.objects().stream().map(FilingRows.DerivedObject::key)
                    .collect(Collectors.toSet()));
        }
        profiles.offer(filing.company(), rows.facts());
    }

    /** The same bytes under one more key: the filing stays as it is and learns its new source. */
    private void attach(SourceObject source, String id) {
        Update addSource = Update.builder().tableName(table).key(metaKey(id))
                .updateExpression("ADD #src :key")
                .conditionExpression("#sha = :sha")
                .expressionAttributeNames(Map.of("#src", Attr.SOURCES, "#sha", Attr.SHA256))
                .expressionAttributeValues(Map.of(":key", AttributeValue.fromSs(List.of(source.key())),
                        ":sha", AttributeValue.fromS(source.contentSha256())))
                .build();
        dynamo.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().update(addSource).build(),
                putSource(SourceRecord.filing(source, id, clock.instant()))));
    }

    private RemoveOutcome tryRemove(String key) {
        Optional<SourceRecord> prior = source(key);
        if (prior.isEmpty()) {
            return new RemoveOutcome(key, null, RemoveOutcome.Result.NOT_FOUND);
        }
        if (prior.get().status() == SourceRecord.Status.FAILED) {
            dynamo.deleteItem(b -> b.tableName(table).key(SourceRecord.key(key)));
            return new RemoveOutcome(key, null, RemoveOutcome.Result.FAILURE_CLEARED);
        }
        String id = prior.get().filingId();
        boolean removed = detach(key, id, false);
        return new RemoveOutcome(key, id,
                removed ? RemoveOutcome.Result.FILING_REMOVED : RemoveOutcome.Result.SOURCE_DETACHED);
    }

    /**
     * Unlinks {@code key} from filing {@code id} and deletes its source row; removes the filing when no other key
     * holds it. With {@code keepSourceRow} the source row stays for the caller to overwrite.
     *
     * @return true when the filing itself was removed (or was already gone)
     */
    private boolean detach(String key, String id, boolean keepSourceRow) {
        Map<String, AttributeValue> meta = getConsistently(List.of(metaKey(id))).get(Keys.filing(id));
        if (meta == null) {
            if (!keepSourceRow) {
                dynamo.deleteItem(b -> b.tableName(table).key(SourceRecord.key(key)));
            }
            return true;
        }
        RowValues m = new RowValues(meta);
        List<String> sources = m.stringSet(Attr.SOURCES);
        Map<String, AttributeValue> shaValue = Map.of(":sha", AttributeValue.fromS(m.required(Attr.SHA256)));
        List<TransactWriteItem> actions = new ArrayList<>();
        if (!keepSourceRow) {
            actions.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(SourceRecord.key(key)).build()).build());
        }
        Optional<String> other = sources.stream().filter(s -> !s.equals(key)).findFirst();
        if (other.isPresent()) {
            // Conditioned on the other key still being there: two keys removed at once must not each leave the
            // filing to the other, or it would outlive both. The loser re-reads and removes the filing.
            Map<String, AttributeValue> values = new HashMap<>(shaValue);
            values.put(":key", AttributeValue.fromSs(List.of(key)));
            values.put(":other", AttributeValue.fromS(other.get()));
            actions.add(TransactWriteItem.builder().update(Update.builder().tableName(table).key(metaKey(id))
                    .updateExpression("DELETE #src :key")
                    .conditionExpression("#sha = :sha AND contains(#src, :other)")
                    .expressionAttributeNames(Map.of("#src", Attr.SOURCES, "#sha", Attr.SHA256))
                    .expressionAttributeValues(values)
                    .build()).build());
            dynamo.transactWriteItems(b -> b.transactItems(actions));
            return false;
        }
        IndexFacts facts = IndexFacts.fromMeta(m);
        // Index rows go first, so lists stop returning the filing before it disappears; the rest goes after META.
        batches.delete(facts.indexRowKeys().stream().map(sk -> Row.keyed(Keys.filing(id), sk).build()).toList());
        // Conditioned on no key having joined since the read: a filing another key now holds must stay.
        Map<String, AttributeValue> values = new HashMap<>(shaValue);
        String sourcesUnchanged;
        if (sources.isEmpty()) {
            sourcesUnchanged = "attribute_not_exists(#src)";
        } else {
            sourcesUnchanged = "size(#src) = :count";
            values.put(":count", AttributeValue.fromN(Integer.toString(sources.size())));
        }
        actions.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(metaKey(id))
                .conditionExpression("#sha = :sha AND " + sourcesUnchanged)
                .expressionAttributeNames(Map.of("#sha", Attr.SHA256, "#src", Attr.SOURCES))
                .expressionAttributeValues(values)
                .build()).build());
        actions.addAll(Counters.updates(table, Counters.deltas(facts, null)));
        dynamo.transactWriteItems(b -> b.transactItems(actions));
        batches.delete(List.copyOf(partitionKeys(id)));
        derived.deleteAllBut(id, Set.of());
        return true;
    }

    private TransactWriteItem putSource(SourceRecord record) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(record.toRow()).build()).build();
    }

    private Optional<SourceRecord> source(String key) {
        Map<String, AttributeValue> row = dynamo.getItem(b -> b.tableName(table).key(SourceRecord.key(key))
                .consistentRead(true)).item();
        return row == null || row.isEmpty() ? Optional.empty() : Optional.of(SourceRecord.fromRow(row));
    }

    /** Reads rows by key with one BatchGetItem, strongly consistent; the result is keyed by PK. */
    private Map<String, Map<String, AttributeValue>> getConsistently(List<Map<String, AttributeValue>> keys) {
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        Map<String, KeysAndAttributes> request = Map.of(table,
                KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> asked = request;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(asked));
            response.responses().getOrDefault(table, List.of()).forEach(r -> found.put(r.get(Keys.PK).s(), r));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return found;
    }

    /** The keys of every row in a filing's partition (keys only: texts are not read). */
    private Set<Map<String, AttributeValue>> partitionKeys(String id) {
        Set<Map<String, AttributeValue>> keys = new HashSet<>();
        QueryRequest request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.filing(id))))
                .projectionExpression("#pk, #sk")
                .consistentRead(true)
                .build();
        dynamo.queryPaginator(request).items().forEach(item -> keys.add(keyOf(item)));
        return keys;
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> row) {
        return Map.of(Keys.PK, row.get(Keys.PK), Keys.SK, row.get(Keys.SK));
    }

    private static Map<String, AttributeValue> metaKey(String id) {
        return Row.keyed(Keys.filing(id), Keys.META).build();
    }

    /**
     * Runs an operation again when its transaction lost a race (a concurrent writer changed the META row it had
     * read, or DynamoDB reported a conflict): the operation re-reads and decides afresh.
     */
    private <T> T retryingConflicts(java.util.function.Supplier<T> operation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            } catch (TransactionCanceledException e) {
                if (!lostRace(e) || attempt == ATTEMPTS) {
                    throw new StoreUnavailableException("transaction cancelled: " + reasons(e), e);
                }
            }
        }
    }

    private static boolean lostRace(TransactionCanceledException e) {
        return !e.hasCancellationReasons() || e.cancellationReasons().stream().map(CancellationReason::code)
                .anyMatch(c -> "ConditionalCheckFailed".equals(c) || "TransactionConflict".equals(c));
    }

    private static String reasons(TransactionCanceledException e) {
        return e.hasCancellationReasons()
                ? e.cancellationReasons().stream().map(CancellationReason::code).toList().toString()
                : e.getMessage();
    }
}
