package dev.edgarlive.ingest.reprocess;

import java.time.Instant;

/**
 * A reprocess run so far: written to {@code reports/reprocess/<runId>.json} after every page of keys (the checkpoint
 * a later invocation resumes from) and returned by the function.
 *
 * @param listed    keys listed under the prefix so far
 * @param queued    re-parse requests put on the reprocess queue so far (listed minus those left out)
 * @param lastKey   the last key listed: listing resumes after it
 * @param complete  whether every key has been listed (the queue may still be working through the requests)
 * @param queueDepth requests on the reprocess queue not yet done, when the function returned (approximate)
 */
public record ReprocessReport(String runId, String bucket, String prefix, String selection, int parserVersion,
                              long listed, long queued, String lastKey, boolean complete, long queueDepth,
                              Instant startedAt, Instant updatedAt) {
}
