package dev.edgarlive.ingest;

import java.util.List;

/** What one invocation did with each record of its S3 event: the function's return value. */
public record IngestReport(List<RecordOutcome> records) {

    public IngestReport {
        records = List.copyOf(records);
    }
}
