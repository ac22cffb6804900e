package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The keys whose latest content failed, newest failure first: the source rows that carry GSI1 keys in the
 * {@code FAILURES} partition (see {@link SourceRecord}), optionally within a range of days (UTC) of the failure.
 */
final class FailureLog {

    private final IndexReader reader;

    FailureLog(IndexReader reader) {
        this.reader = reader;
    }

    /** A page of failures; {@link FilingQuery#from()} and {@link FilingQuery#to()} are days of the failure, UTC. */
    Page<FailureRecord> page(FilingQuery query) {
        if (query.form() != null) {
            throw new InvalidQueryException("form", "failures are not listed by form");
        }
        IndexQuery index = new IndexQuery(Keys.GSI1, Keys.GSI1PK, Keys.GSI1SK, List.of(Keys.FAILURES),
                low(query.from()), high(query.to()), IndexQuery.bind("failures", query.from(), query.to()),
                FailureLog::sourceKeyOf);
        Page<Map<String, AttributeValue>> rows = reader.page(index, query.limit(), query.cursor());
        return new Page<>(rows.items().stream().map(r -> SourceRecord.fromRow(r).toFailure()).toList(),
                rows.nextCursor());
    }

    /**
     * The sort key is {@code <at>#<s3 key>} with {@code at} an ISO instant ({@code 2026-12-07T05:00:00Z}): a day's
     * failures all start with that day, so a range of days is a range of sort keys. The earliest possible key is
     * {@code "0"}: instants of years 0000-9999 start with a digit.
     */
    private static String low(LocalDate from) {
        return from == null ? "0" : from.toString();
    }

    /** {@code "T"} follows the day in every instant of that day, and {@code "~"} sorts after it. */
    private static String high(LocalDate to) {
        return to == null ? Keys.HIGH : to + Keys.HIGH;
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
