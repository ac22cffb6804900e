package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

/**
 * The keys whose latest content failed, newest failure first: the source rows that carry GSI1 keys in the
 * {@code FAILURES} partition (see {@link SourceRecord}).
 */
final class FailureLog {

    private final IndexReader reader;

    FailureLog(IndexReader reader) {
        this.reader = reader;
    }

    Page<FailureRecord> page(int limit, String cursor) {
        if (limit < 1 || limit > FilingQuery.MAX_LIMIT) {
            throw new InvalidQueryException("limit", "limit must be 1.." + FilingQuery.MAX_LIMIT + ", was " + limit);
        }
        IndexQuery query = new IndexQuery(Keys.GSI1, Keys.GSI1PK, Keys.GSI1SK, List.of(Keys.FAILURES),
                "0", Keys.HIGH, IndexQuery.bind("failures"), FailureLog::sourceKeyOf);
        Page<Map<String, AttributeValue>> rows = reader.page(query, limit, cursor);
        return new Page<>(rows.items().stream().map(r -> SourceRecord.fromRow(r).toFailure()).toList(),
                rows.nextCursor());
    }

    /**
     * The table key of the source row whose failure sort key is {@code <at>#<s3 key>} or {@code <at>~<hash>}: an
     * instant holds neither character, so the first of them starts the row's name.
     */
    private static Map<String, AttributeValue> sourceKeyOf(String failureSortKey) {
        int hash = failureSortKey.indexOf('#');
        int tilde = failureSortKey.indexOf('~');
        int at = hash < 0 ? tilde : tilde < 0 ? hash : Math.min(hash, tilde);
        return Row.keyed(Keys.sourceOfName(failureSortKey.substring(at)), Keys.SOURCE).build();
    }
}
