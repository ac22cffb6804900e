package dev.edgarlive.store;

import dev.edgarlive.filing.Filing;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Applies the changes of S3 keys: a filing saved, a failure recorded, a key removed. Every change is decided on a
 * {@link SourceState} of its key and committed by one transaction that puts the key's source row conditioned on
 * that state's revision (and on the event's sequencer being newer), so two changes of one key can never both
 * win, and everything else of the change lands with it or not at all.
 *
 * <p>Order of a save of new content: the seal of a new content version, the S3 objects and body rows of that
 * version (invisible: META names another version, or none), then the commit, one transaction: the source row,
 * META naming the new version (conditioned on META as read), the check that the seal is alive, the index rows,
 * the counter deltas, and the detaching of the filing the key held before if that was another. Then the
 * partition is cleaned ({@link PartitionCleaner}): rows and objects of other versions go, index rows are checked
 * against META, the company profile is offered. A crash anywhere leaves the old filing or the new one whole; the
 * redelivered event finds its change committed (or not) and runs the clean-up again.
 */
final class FilingWriter {

    /** Tries of an operation whose transaction lost a race on META or a seal. */
    private static final int ATTEMPTS = 4;
    /** DynamoDB's limit of actions in one transaction. */
    static final int MAX_ACTIONS = 100;

    private final DynamoDbClient dynamo;
    private final String table;
    private final int shards;
    private final BatchWriter batches;
    private final DerivedObjects derived;
    private final ContentSeals seals;
    private final PartitionCleaner cleaner;
    private final Transactions transactions;
    private final Backoff backoff;
    private final Clock clock;

    FilingWriter(DynamoDbClient dynamo, StoreSettings settings, DerivedObjects derived, CompanyProfiles profiles,
                 Clock clock, Backoff backoff) {
        this.dynamo = dynamo;
        this.table = settings.tableName();
        this.shards = settings.formShards();
        this.batches = new BatchWriter(dynamo, table);
        this.derived = derived;
        this.seals = new ContentSeals(dynamo, table);
        this.cleaner = new PartitionCleaner(dynamo, table, batches, derived, seals, profiles);
        this.transactions = new Transactions(dynamo);
        this.backoff = backoff;
        this.clock = clock;
    }

    // --- reading and counting ------------------------------------------------------------------------------

    /** Counts one delivery of {@code event} on the key's row and returns the key's state with that count. */
    SourceState begin(String key, EventStamp event) {
        String tries = Attr.TRY_PREFIX + Hashes.sha256Hex(event.identity().getBytes(StandardCharsets.UTF_8))
                .substring(0, 12);
        Map<String, AttributeValue> row = dynamo.updateItem(b -> b.tableName(table).key(SourceRecord.key(key))
                .updateExpression("SET #key = :key, #try = if_not_exists(#try, :zero) + :one")
                .expressionAttributeNames(Map.of("#key", Attr.KEY, "#try", tries))
                .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(key),
                        ":zero", AttributeValue.fromN("0"), ":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        return SourceRecord.state(key, row, (int) new RowValues(row).number(tries, 1));
    }

    Optional<SourceState> state(String key) {
        Map<String, AttributeValue> row = dynamo.getItem(b -> b.tableName(table).key(SourceRecord.key(key))
                .consistentRead(true)).item();
        return row == null || row.isEmpty() ? Optional.empty() : Optional.of(SourceRecord.state(key, row, 0));
    }

    /**
     * Raises the key's revision if it is still {@code basis}: any change decided on an older state of the key then
     * fails its commit. What a redelivered event does when the key already holds what it announced.
     */
    SourceState confirm(SourceState basis) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(SourceRecord.key(basis.key()))
                    .updateExpression("SET #rev = :next")
                    .conditionExpression(revisionIs(basis))
                    .expressionAttributeNames(Map.of("#rev", Attr.REVISION))
                    .expressionAttributeValues(revisionValues(basis, true)));
        } catch (ConditionalCheckFailedException changed) {
            throw new SourceChangedException(basis.key());
        }
        return new SourceState(basis.key(), basis.status(), basis.sequencer(), basis.eTag(), basis.contentSha256(),
                basis.filingId(), basis.parserVersion(), basis.revision() + 1, basis.attempts(), basis.reason(),
                basis.at(), basis.leftFilingId());
    }

    /** Finishes what the key's last change may have left undone: the clean-up of the partitions it touched. */
    void finish(SourceState state) {
        if (state.status() == SourceState.Status.FILING && state.filingId() != null) {
            cleaner.clean(state.filingId(), null);
        }
        if (state.leftFilingId() != null && !state.leftFilingId().equals(state.filingId())) {
            cleaner.clean(state.leftFilingId(), null);
        }
    }

    // --- the three changes ---------------------------------------------------------------------------------

    SaveOutcome save(SourceObject source, Filing filing, int parserVersion, SourceState basis) {
        if (source.contentSha256() == null) {
            throw new IllegalArgumentException("a filing is saved with the hash of the bytes it was parsed from");
        }
        String id = FilingId.of(filing, source.contentSha256()).value();
        return retrying(() -> trySave(source, filing, id, parserVersion, basis));
    }

    SourceState recordFailure(SourceObject source, String reason, Instant at, int parserVersion, SourceState basis) {
        return retrying(() -> {
            String prior = heldFiling(basis);
            Leave leave = prior == null ? Leave.NONE : leave(source.key(), prior, readMetas(List.of(prior)).get(prior));
            SourceRecord failed = SourceRecord.failed(source, reason, at, parserVersion,
                    sequencerAfter(source.sequencer(), basis), basis.revision() + 1, prior);
            commit(source.key(), putSource(failed, basis, source.sequencer()), List.of(), leave, List.of(), List.of(),
                    null);
            if (prior != null) {
                cleaner.clean(prior, null);
            }
            return SourceRecord.state(source.key(), failed.toRow(), basis.attempts());
        });
    }

    RemoveOutcome remove(String key, EventStamp event, SourceState basis) {
        return retrying(() -> {
            String prior = heldFiling(basis);
            Leave leave = prior == null ? Leave.NONE : leave(key, prior, readMetas(List.of(prior)).get(prior));
            String left = prior != null ? prior : basis.leftFilingId();
            SourceRecord tombstone = SourceRecord.deleted(key, clock.instant(),
                    sequencerAfter(event.sequencer(), basis), basis.revision() + 1, left);
            commit(key, putSource(tombstone, basis, event.sequencer()), List.of(), leave, List.of(), List.of(), null);
            if (left != null) {
                cleaner.clean(left, null);
            }
            RemoveOutcome.Result result = switch (basis.status()) {
                case NONE, DELETED -> RemoveOutcome.Result.NOT_FOUND;
                case FAILED -> RemoveOutcome.Result.FAILURE_CLEARED;
                case FILING -> leave.keepsFiling() ? RemoveOutcome.Result.SOURCE_DETACHED
                        : RemoveOutcome.Result.FILING_REMOVED;
            };
            return new RemoveOutcome(key, prior, result);
        });
    }

    private SaveOutcome trySave(SourceObject source, Filing filing, String id, int parserVersion,
                                SourceState basis) {
        String key = source.key();
        String prior = heldFiling(basis);
        boolean switching = prior != null && !prior.equals(id);
        Map<String, Map<String, AttributeValue>> metas = readMetas(switching ? List.of(id, prior) : List.of(id));
        Map<String, AttributeValue> meta = metas.get(id);
        RowValues m = meta == null ? null : new RowValues(meta);
        Leave leave = switching ? leave(key, prior, metas.get(prior)) : Leave.NONE;
        boolean heldOther = basis.status() == SourceState.Status.FILING
                && !(id.equals(prior) && source.contentSha256().equals(basis.contentSha256()));
        String sequencer = sequencerAfter(source.sequencer(), basis);
        Instant now = clock.instant();

        if (m != null && source.contentSha256().equals(m.string(Attr.SHA256))
                && parserVersion <= m.number(Attr.PARSER_VERSION, 0)) {
            // The filing holds these bytes already, parsed by this parser or a newer one: the key joins it.
            int madeBy = (int) m.number(Attr.PARSER_VERSION, 0);
            TransactWriteItem putSource = putSource(SourceRecord.filing(source, id, now, madeBy, sequencer,
                    basis.revision() + 1, switching ? prior : null), basis, source.sequencer());
            List<TransactWriteItem> attach = new ArrayList<>();
            Map<String, AttributeValue> committed = meta;
            if (!m.stringSet(Attr.SOURCES).contains(key)) {
                attach.add(attach(id, key, m));
                committed = withSource(meta, key);
            }
            commit(key, putSource, attach, leave, List.of(), List.of(), null);
            cleanAfter(id, committed, switching ? prior : null);
            return new SaveOutcome(id, heldOther ? SaveOutcome.Change.REPLACED : SaveOutcome.Change.UNCHANGED);
        }

        FilingRows rows = writeVersion(id, filing, source, parserVersion, m, now);
        TransactWriteItem putSource = putSource(SourceRecord.filing(source, id, now, parserVersion, sequencer,
                basis.revision() + 1, switching ? prior : null), basis, source.sequencer());
        List<TransactWriteItem> content = List.of(putMeta(rows.meta(), m), seals.check(id, rows.version()));
        List<IndexFacts> before = m == null ? List.of() : List.of(IndexFacts.fromMeta(m));
        List<TransactWriteItem> index = new ArrayList<>(puts(rows.index()));
        if (m != null) {
            Set<String> kept = new HashSet<>(rows.facts().indexRowKeys());
            IndexFacts.fromMeta(m).indexRowKeys().stream().filter(sk -> !kept.contains(sk))
                    .forEach(sk -> index.add(deleteRow(id, sk)));
        }
        try {
            commit(key, putSource, content, leave, before, List.of(rows.facts()), index);
        } catch (RuntimeException notCommitted) {
            discard(id, rows, notCommitted);
            throw notCommitted;
        }
        cleanAfter(id, rows.meta(), switching ? prior : null);
        SaveOutcome.Change change;
        if (m == null) {
            change = heldOther ? SaveOutcome.Change.REPLACED : SaveOutcome.Change.CREATED;
        } else {
            change = source.contentSha256().equals(m.string(Attr.SHA256)) ? SaveOutcome.Change.REPARSED
                    : SaveOutcome.Change.REPLACED;
        }
        return new SaveOutcome(id, change);
    }

    // --- content versions ----------------------------------------------------------------------------------

    /** Writes a new content version of the filing, uncommitted: seal, S3 objects, body rows. */
    private FilingRows writeVersion(String id, Filing filing, SourceObject source, int parserVersion, RowValues m,
                                    Instant now) {
        Set<String> sources = new TreeSet<>(m == null ? List.of() : m.stringSet(Attr.SOURCES));
        sources.add(source.key());
        long metaRevision = m == null ? 1 : MetaGuard.next(m);
        while (true) {
            // Laid out (and measured: FilingTooLargeException) before anything is written.
            FilingRows rows = FilingRows.of(id, filing, source.contentSha256(), sources, now, shards,
                    new FilingRows.Version(ContentSeals.newVersion(), parserVersion, metaRevision));
            if (seals.open(id, rows.version(), !rows.objects().isEmpty(), now)) {
                derived.write(rows.objects());
                batches.put(rows.body());
                return rows;
            }
        }
    }

    /**
     * Takes back a version whose commit failed. Its seal may already be gone: a clean-up killed the version while
     * this writer was still writing it, and the rows written since are this writer's to remove. What cannot be
     * taken back now, the next clean-up of the filing removes.
     */
    private void discard(String id, FilingRows rows, RuntimeException cause) {
        try {
            if (seals.kill(id, rows.version()) != ContentSeals.Fate.CURRENT) {
                batches.delete(rows.body().stream().map(FilingWriter::keyOf).toList());
                derived.delete(rows.objects().stream().map(FilingRows.DerivedObject::key).toList());
                seals.delete(id, rows.version());
            }
        } catch (RuntimeException cleanupFailed) {
            cause.addSuppressed(cleanupFailed);
        }
    }

    private void cleanAfter(String id, Map<String, AttributeValue> committedMeta, String left) {
        cleaner.clean(id, committedMeta);
        if (left != null) {
            cleaner.clean(left, null);
        }
    }

    // --- the commit ----------------------------------------------------------------------------------------

    /** What leaving a filing takes: its META updated or deleted, its index rows, the counts to take back. */
    private record Leave(List<TransactWriteItem> meta, List<TransactWriteItem> index, IndexFacts uncounted,
                         boolean keepsFiling) {
        static final Leave NONE = new Leave(List.of(), List.of(), null, true);
    }

    /**
     * The actions that take key {@code key} off filing {@code id}: the filing stays when another key holds it,
     * else it goes (META, index rows and counts in the commit; the rest in the clean-up after).
     */
    private Leave leave(String key, String id, Map<String, AttributeValue> meta) {
        if (meta == null) {
            return new Leave(List.of(), List.of(), null, false);
        }
        RowValues m = new RowValues(meta);
        MetaGuard guard = MetaGuard.of(m);
        boolean othersHoldIt = m.stringSet(Attr.SOURCES).stream().anyMatch(s -> !s.equals(key));
        if (othersHoldIt) {
            Map<String, String> names = new HashMap<>(guard.names());
            names.put("#src", Attr.SOURCES);
            names.put("#mrev", Attr.META_REVISION);
            Map<String, AttributeValue> values = new HashMap<>(guard.values());
            values.put(":key", AttributeValue.fromSs(List.of(key)));
            values.put(":next", AttributeValue.fromN(Long.toString(MetaGuard.next(m))));
            return new Leave(List.of(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(Row.keyed(Keys.filing(id), Keys.META).build())
                    .updateExpression("DELETE #src :key SET #mrev = :next")
                    .conditionExpression(guard.expression())
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .build()).build()), List.of(), null, true);
        }
        IndexFacts facts = IndexFacts.fromMeta(m);
        TransactWriteItem deleteMeta = TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(Row.keyed(Keys.filing(id), Keys.META).build())
                .conditionExpression(guard.expression())
                .expressionAttributeNames(guard.names())
                .expressionAttributeValues(guard.values())
                .build()).build();
        return new Leave(List.of(deleteMeta), facts.indexRowKeys().stream().map(sk -> deleteRow(id, sk)).toList(),
                facts, false);
    }

    /**
     * Commits a change as one transaction: the source row first, then the content actions, the filing left, the
     * counter deltas, and as many index actions as DynamoDB's 100 allow (the clean-up after the commit writes the
     * rest from META: only a filing with some 90 distinct item codes has more).
     */
    private void commit(String key, TransactWriteItem source, List<TransactWriteItem> content, Leave leave,
                        List<IndexFacts> before, List<IndexFacts> after, List<TransactWriteItem> index) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(source);
        actions.addAll(content);
        actions.addAll(leave.meta());
        List<IndexFacts> uncounted = new ArrayList<>(before);
        if (leave.uncounted() != null) {
            uncounted.add(leave.uncounted());
        }
        actions.addAll(Counters.updates(table, Counters.deltas(uncounted, after)));
        List<TransactWriteItem> indexActions = new ArrayList<>(leave.index());
        if (index != null) {
            indexActions.addAll(index);
        }
        actions.addAll(indexActions.subList(0, Math.min(indexActions.size(), MAX_ACTIONS - actions.size())));
        if (actions.size() == 1) {
            putAlone(key, source.put());
        } else {
            transactions.write(actions, 0, key);
        }
    }

    /** A change of the source row alone is one conditional PutItem (half the cost of a transaction). */
    private void putAlone(String key, Put put) {
        try {
            dynamo.putItem(b -> b.tableName(put.tableName()).item(put.item())
                    .conditionExpression(put.conditionExpression())
                    .expressionAttributeNames(put.expressionAttributeNames())
                    .expressionAttributeValues(put.hasExpressionAttributeValues()
                            ? put.expressionAttributeValues() : null));
        } catch (ConditionalCheckFailedException changed) {
            throw new SourceChangedException(key);
        }
    }

    /**
     * The key's new source row, conditioned on the row still being at the revision the change was decided on and,
     * for an event with a sequencer, on no later event having been applied.
     */
    private TransactWriteItem putSource(SourceRecord record, SourceState basis, String sequencer) {
        Map<String, String> names = new HashMap<>(Map.of("#rev", Attr.REVISION));
        Map<String, AttributeValue> values = new HashMap<>(revisionValues(basis, false));
        String condition = revisionIs(basis);
        if (sequencer != null) {
            condition += " AND (attribute_not_exists(#seq) OR #seq < :seq)";
            names.put("#seq", Attr.SEQUENCER);
            values.put(":seq", AttributeValue.fromS(sequencer));
        }
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(record.toRow())
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values.isEmpty() ? null : values)
                .build()).build();
    }

    private static String revisionIs(SourceState basis) {
        return basis.revision() == 0 ? "attribute_not_exists(#rev)" : "#rev = :rev";
    }

    private static Map<String, AttributeValue> revisionValues(SourceState basis, boolean withNext) {
        Map<String, AttributeValue> values = new HashMap<>();
        if (basis.revision() != 0) {
            values.put(":rev", AttributeValue.fromN(Long.toString(basis.revision())));
        }
        if (withNext) {
            values.put(":next", AttributeValue.fromN(Long.toString(basis.revision() + 1)));
        }
        return values;
    }

    private TransactWriteItem putMeta(Map<String, AttributeValue> row, RowValues old) {
        Put.Builder put = Put.builder().tableName(table).item(row);
        if (old == null) {
            put.conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", Keys.PK));
        } else {
            MetaGuard guard = MetaGuard.of(old);
            put.conditionExpression(guard.expression()).expressionAttributeNames(guard.names())
                    .expressionAttributeValues(guard.values());
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    /** The same bytes under one more key: the filing stays as it is and learns its new source. */
    private TransactWriteItem attach(String id, String key, RowValues m) {
        MetaGuard guard = MetaGuard.of(m);
        Map<String, String> names = new HashMap<>(guard.names());
        names.put("#src", Attr.SOURCES);
        names.put("#mrev", Attr.META_REVISION);
        Map<String, AttributeValue> values = new HashMap<>(guard.values());
        values.put(":key", AttributeValue.fromSs(List.of(key)));
        values.put(":next", AttributeValue.fromN(Long.toString(MetaGuard.next(m))));
        return TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(Row.keyed(Keys.filing(id), Keys.META).build())
                .updateExpression("ADD #src :key SET #mrev = :next")
                .conditionExpression(guard.expression())
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build()).build();
    }

    /** META as {@link #attach} leaves it, for the clean-up after the commit. */
    private static Map<String, AttributeValue> withSource(Map<String, AttributeValue> meta, String key) {
        Map<String, AttributeValue> copy = new HashMap<>(meta);
        Set<String> sources = new TreeSet<>(new RowValues(meta).stringSet(Attr.SOURCES));
        sources.add(key);
        copy.put(Attr.SOURCES, AttributeValue.fromSs(List.copyOf(sources)));
        copy.put(Attr.META_REVISION, AttributeValue.fromN(Long.toString(MetaGuard.next(new RowValues(meta)))));
        return copy;
    }

    private List<TransactWriteItem> puts(List<Map<String, AttributeValue>> rows) {
        return rows.stream()
                .map(r -> TransactWriteItem.builder().put(Put.builder().tableName(table).item(r).build()).build())
                .toList();
    }

    private TransactWriteItem deleteRow(String id, String sk) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(Row.keyed(Keys.filing(id), sk).build()).build()).build();
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The filing the key holds in {@code basis}, or null. */
    private static String heldFiling(SourceState basis) {
        return basis.status() == SourceState.Status.FILING ? basis.filingId() : null;
    }

    /** The sequencer the key's row keeps after a change: the event's, or what it had when the change has none. */
    private static String sequencerAfter(String eventSequencer, SourceState basis) {
        return eventSequencer != null ? eventSequencer : basis.sequencer();
    }

    /** META rows by filing id, read with one strongly consistent BatchGetItem. */
    private Map<String, Map<String, AttributeValue>> readMetas(List<String> ids) {
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        List<Map<String, AttributeValue>> keys = ids.stream()
                .map(id -> Row.keyed(Keys.filing(id), Keys.META).build()).toList();
        Map<String, KeysAndAttributes> request = Map.of(table,
                KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> asked = request;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(asked));
            response.responses().getOrDefault(table, List.of())
                    .forEach(r -> found.put(new RowValues(r).required(Attr.ID), r));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return found;
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> row) {
        return Map.of(Keys.PK, row.get(Keys.PK), Keys.SK, row.get(Keys.SK));
    }

    /**
     * Runs an operation again when its transaction lost a race on META or a seal (another key's writer got
     * there first, or DynamoDB reported a conflict): it re-reads and decides afresh, after a jittered pause.
     * A change of the key's own row is not retried here ({@link SourceChangedException}): the caller decides.
     */
    private <T> T retrying(Supplier<T> operation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            } catch (Transactions.LostRace lost) {
                if (attempt == ATTEMPTS) {
                    throw new StoreUnavailableException("transaction cancelled " + ATTEMPTS + " times: "
                            + lost.getMessage(), lost);
                }
                backoff.pause(attempt);
            }
        }
    }
}
