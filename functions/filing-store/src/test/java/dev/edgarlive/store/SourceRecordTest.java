package dev.edgarlive.store;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRecordTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void aTombstoneExpiresAfterItsRetentionAndAFailureDoesNot() {
        Map<String, AttributeValue> tombstone = SourceRecord.deleted("filings/a.txt", AT, "00A1", 4, "id").toRow();
        assertThat(tombstone.get(Attr.EXPIRES_AT).n())
                .isEqualTo(Long.toString(AT.plus(SourceRecord.TOMBSTONE_RETENTION).getEpochSecond()));
        Map<String, AttributeValue> failure = SourceRecord.failed(SourceObject.of("b", "filings/a.txt", 1, null),
                "EMPTY_INPUT", AT, 1, null, 1, null).toRow();
        assertThat(failure).doesNotContainKey(Attr.EXPIRES_AT).containsKey(Keys.GSI1SK);
    }

    @Test
    void aRowReadsBackAsTheStateItRecords() {
        SourceRecord record = SourceRecord.filing(new SourceObject("b", "filings/a.txt", 10, "ab".repeat(32),
                "\"e\"", null, "00C3"), "0000000001-24-000001", AT, 7, Sequencer.normalize("00C3"), 5, "old-id");
        SourceState state = SourceRecord.state("filings/a.txt", record.toRow(), 2);
        assertThat(state).isEqualTo(new SourceState("filings/a.txt", SourceState.Status.FILING,
                Sequencer.normalize("00C3"), "\"e\"", "ab".repeat(32), "0000000001-24-000001", 7, 5, 2, null, AT,
                "old-id"));
        assertThat(SourceRecord.state("filings/b.txt", null, 1).status()).isEqualTo(SourceState.Status.NONE);
    }
}
