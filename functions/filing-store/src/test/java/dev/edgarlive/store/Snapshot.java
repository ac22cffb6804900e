package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the store holds for one test run, as text that two runs can compare: the partitions of its filings,
 * its source rows, the tally rows of its days, its company profile and its S3 objects. What legitimately differs
 * between two runs of the same events is named alike: the run's own tokens (keys, ids, CIK, days), random content
 * versions, timestamps and delivery counts.
 */
final class Snapshot {

    /** Attributes that differ from run to run whatever happened. */
    private static final Set<String> VOLATILE = Set.of(Attr.STORED_AT, Attr.AT, Attr.EXPIRES_AT);

    private Snapshot() {
    }

    /**
     * @param tokens what to call each run-specific string, in the order to replace them (longest first)
     */
    static String of(StoreFixture fixture, List<String> filingIds, List<String> keys, List<String> days,
                     String cik, Map<String, String> tokens) {
        List<Map<String, AttributeValue>> rows = new ArrayList<>();
        for (String id : filingIds) {
            rows.addAll(query(fixture, Keys.filing(id), null));
        }
        for (String key : keys) {
            Map<String, AttributeValue> row = fixture.readerDynamo.getItem(b -> b.tableName(fixture.resources.table())
                    .key(SourceRecord.key(key)).consistentRead(true)).item();
            if (row != null && !row.isEmpty()) {
                rows.add(row);
            }
        }
        for (int shard = 0; shard < fixture.settings.formShards(); shard++) {
            for (String day : days) {
                rows.addAll(query(fixture, Keys.tally(shard), day));
            }
        }
        if (cik != null) {
            rows.addAll(query(fixture, Keys.company(Keys.cik(cik)), Keys.PROFILE));
        }
        Set<String> versions = new HashSet<>();
        rows.forEach(r -> {
            AttributeValue v = r.get(Attr.CONTENT_VERSION);
            if (v != null && v.s() != null && !v.s().isEmpty()) {
                versions.add(v.s());
            }
        });
        StringBuilder out = new StringBuilder();
        rows.stream()
                .map(Snapshot::render)
                .sorted(Comparator.naturalOrder())
                .forEach(line -> out.append(line).append('\n'));
        for (String id : filingIds) {
            String prefix = DerivedObjects.filingPrefix(id);
            fixture.readerS3.listObjectsV2Paginator(b -> b.bucket(fixture.resources.bucket()).prefix(prefix))
                    .contents().forEach(o -> out.append("s3 ").append(o.key()).append(' ').append(o.eTag())
                            .append(' ').append(o.size()).append('\n'));
        }
        String text = out.toString();
        List<String> sorted = versions.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            text = text.replace(sorted.get(i), "<version>");
        }
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            text = text.replace(token.getKey(), token.getValue());
        }
        // Sort again: names replaced may reorder lines (two versions' rows, two keys).
        return text.lines().sorted().collect(Collectors.joining("\n"));
    }

    private static List<Map<String, AttributeValue>> query(StoreFixture fixture, String pk, String sk) {
        QueryRequest.Builder q = QueryRequest.builder().tableName(fixture.resources.table()).consistentRead(true);
        if (sk == null) {
            q.keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", Keys.PK))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)));
        } else {
            q.keyConditionExpression("#pk = :pk AND #sk = :sk")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":sk", AttributeValue.fromS(sk)));
        }
        List<Map<String, AttributeValue>> rows = new ArrayList<>();
        fixture.readerDynamo.queryPaginator(q.build()).items().forEach(rows::add);
        return rows;
    }

    private static String render(Map<String, AttributeValue> row) {
        Map<String, String> sorted = new TreeMap<>();
        row.forEach((name, value) -> {
            if (!VOLATILE.contains(name) && !name.startsWith(Attr.TRY_PREFIX)) {
                sorted.put(name, value.toString());
            }
        });
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put(Keys.PK, sorted.remove(Keys.PK));
        ordered.put(Keys.SK, sorted.remove(Keys.SK));
        ordered.putAll(sorted);
        return ordered.toString();
    }
}
