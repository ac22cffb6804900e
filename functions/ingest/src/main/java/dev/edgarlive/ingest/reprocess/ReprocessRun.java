package dev.edgarlive.ingest.reprocess;

import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Lists the keys under a prefix, a page of up to a thousand at a time, and queues a re-parse request for each one
 * the order selects; the ingest function takes them from the reprocess queue at its own bounded concurrency.
 *
 * <ul>
 *   <li><b>Resumable</b>: after each page the run's report, with the last key listed, is written as a checkpoint;
 *       invoked again with the run's id it lists on after that key. A page cut short is queued again whole.</li>
 *   <li><b>Idempotent</b>: re-parsing a key the current parser already made changes nothing (the ingest function
 *       answers UNCHANGED), so queuing a key twice costs a read, nothing more.</li>
 *   <li><b>Bounded in time</b>: it stops between pages at {@code deadline}, leaving the checkpoint.</li>
 * </ul>
 */
public final class ReprocessRun {

    static final int PAGE = 1000;

    private final S3Client s3;
    private final String bucket;
    private final String filingsPrefix;
    private final StoredParserVersions versions;
    private final int currentVersion;
    private final Consumer<List<String>> queue;
    private final LongSupplier queueDepth;
    private final Clock clock;
    private final ObjectMapper json;

    /**
     * @param queue      sends re-parse requests for these keys to the reprocess queue
     * @param queueDepth how many requests wait on the reprocess queue (or are in flight)
     */
    public ReprocessRun(S3Client s3, String bucket, String filingsPrefix, StoredParserVersions versions,
                        int currentVersion, Consumer<List<String>> queue, LongSupplier queueDepth, Clock clock,
                        ObjectMapper json) {
        this.s3 = s3;
        this.bucket = bucket;
        this.filingsPrefix = filingsPrefix;
        this.versions = versions;
        this.currentVersion = currentVersion;
        this.queue = queue;
        this.queueDepth = queueDepth;
        this.clock = clock;
        this.json = json;
    }

    public ReprocessReport run(ReprocessOrder order, Instant deadline) {
        ReprocessReport report = order.runId() == null ? start(order) : checkpoint(order.runId());
        if (report.complete()) {
            return withDepth(report);
        }
        ReprocessOrder.Selection selection = ReprocessOrder.Selection.valueOf(report.selection());
        String after = report.lastKey();
        int pages = 0;
        while (pages == 0 || clock.instant().isBefore(deadline)) {
            String startAfter = after;
            String prefix = report.prefix();
            ListObjectsV2Response page = s3.listObjectsV2(list -> {
                list.bucket(bucket).prefix(prefix).maxKeys(PAGE);
                if (startAfter != null) {
                    list.startAfter(startAfter);
                }
            });
            List<String> keys = page.contents().stream().map(S3Object::key).toList();
            List<String> chosen = selection == ReprocessOrder.Selection.ALL ? keys : olderThanCurrent(keys);
            if (!chosen.isEmpty()) {
                queue.accept(chosen);
            }
            after = keys.isEmpty() ? after : keys.get(keys.size() - 1);
            boolean complete = !Boolean.TRUE.equals(page.isTruncated());
            report = new ReprocessReport(report.runId(), bucket, report.prefix(), report.selection(), currentVersion,
                    report.listed() + keys.size(), report.queued() + chosen.size(), after, complete, -1,
                    report.startedAt(), clock.instant());
            write(report);
            pages++;
            if (complete) {
                break;
            }
        }
        return withDepth(report);
    }

    /** The keys whose stored data an older parser made, and those that hold nothing yet. */
    private List<String> olderThanCurrent(List<String> keys) {
        Map<String, Integer> made = versions.of(keys);
        List<String> older = new ArrayList<>();
        for (String key : keys) {
            Integer version = made.get(key);
            if (version == null || version < currentVersion) {
                older.add(key);
            }
        }
        return older;
    }

    private ReprocessReport start(ReprocessOrder order) {
        String runId = clock.instant().toString().replace(":", "").replace("-", "").replace(".", "")
                + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new ReprocessReport(runId, bucket, order.prefixOrDefault(filingsPrefix), order.chosen().name(),
                currentVersion, 0, 0, null, false, -1, clock.instant(), clock.instant());
    }

    private ReprocessReport checkpoint(String runId) {
        if (!runId.matches("[A-Za-z0-9-]{1,80}")) {
            throw new IllegalArgumentException("runId '" + runId + "' is no run id");
        }
        try {
            return json.readValue(s3.getObjectAsBytes(get -> get.bucket(bucket).key(reportKey(runId)))
                    .asByteArrayUnsafe(), ReprocessReport.class);
        } catch (NoSuchKeyException none) {
            throw new IllegalArgumentException("no reprocess run " + runId + " (no " + reportKey(runId) + ")");
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the checkpoint of run " + runId + " cannot be read", unreadable);
        }
    }

    private void write(ReprocessReport report) {
        try {
            byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report);
            s3.putObject(put -> put.bucket(bucket).key(reportKey(report.runId())).contentType("application/json"),
                    RequestBody.fromBytes(body));
        } catch (IOException unwritable) {
            throw new UncheckedIOException("the checkpoint of run " + report.runId() + " cannot be written",
                    unwritable);
        }
    }

    private ReprocessReport withDepth(ReprocessReport report) {
        return new ReprocessReport(report.runId(), report.bucket(), report.prefix(), report.selection(),
                report.parserVersion(), report.listed(), report.queued(), report.lastKey(), report.complete(),
                queueDepth.getAsLong(), report.startedAt(), report.updatedAt());
    }

    static String reportKey(String runId) {
        return "reports/reprocess/" + runId + ".json";
    }
}
