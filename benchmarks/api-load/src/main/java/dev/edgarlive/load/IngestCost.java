package dev.edgarlive.load;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.emulator.ResourceNames;
import dev.edgarlive.emulator.SamTemplate;
import dev.edgarlive.emulator.TemplateResources;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.parser.ParseResult;
import dev.edgarlive.store.EventStamp;
import dev.edgarlive.store.SaveOutcome;
import dev.edgarlive.store.SourceObject;
import dev.edgarlive.store.SourceState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DynamoDB requests per ingested filing. The ingest function does not report its calls, so the same files are
 * parsed and saved here, in-process, as the ingest function does it (begin, which counts the delivery and reads
 * the key's state; parse; a filing with errors is recorded as a failure; else {@code FilingStore.save} on that
 * state), through a {@link CountedStore} on a table and bucket of
 * their own on the same emulator, created from template.yaml. A table of its own, because saving into the
 * stack's table after the function would only count redeliveries (one read each).
 */
final class IngestCost {

    private final Path template;
    private final AwsEmulator emulator;
    private final int formShards;

    IngestCost(Path template, AwsEmulator emulator, int formShards) {
        this.template = template;
        this.emulator = emulator;
        this.formShards = formShards;
    }

    Result measure(List<Path> files, String keyPrefix) throws IOException {
        return measure(files, keyPrefix, false);
    }

    /**
     * @param reparse also count a re-parse of every file: the files are first stored as if by the previous parser
     *                version, then stored again by this one, as the ingest function does for a re-parse request;
     *                the second pass is counted under "REPARSE " + its outcome (REPARSE REPARSED, REPARSE FAILED...)
     */
    Result measure(List<Path> files, String keyPrefix, boolean reparse) throws IOException {
        ResourceNames names = ResourceNames.unique("edgar-load-count");
        TemplateResources.from(SamTemplate.load(template)).provision(emulator, names);
        FilingParser parser = new FilingParser();
        Map<String, long[]> byOutcome = new TreeMap<>();
        Map<String, double[]> capacity = new TreeMap<>();
        try (CountedStore counted = new CountedStore(emulator, names.table(), names.bucket(), formShards)) {
            int firstVersion = reparse ? FilingParser.VERSION - 1 : FilingParser.VERSION;
            for (Path file : files) {
                ingest(counted, parser, names.bucket(), keyPrefix, file, firstVersion, "", byOutcome, capacity);
            }
            if (reparse) {
                for (Path file : files) {
                    ingest(counted, parser, names.bucket(), keyPrefix, file, FilingParser.VERSION, "REPARSE ",
                            byOutcome, capacity);
                }
            }
            return new Result(names.table(), byOutcome, capacity, counted.counter().snapshot());
        }
    }

    /**
     * One file through the store as the ingest function takes it: begin (counts the delivery, reads the key's
     * state), parse, then a failure record or a save by {@code parserVersion} on that state.
     */
    private static void ingest(CountedStore counted, FilingParser parser, String bucket, String keyPrefix, Path file,
                               int parserVersion, String label, Map<String, long[]> byOutcome,
                               Map<String, double[]> capacity) throws IOException {
        byte[] content = Files.readAllBytes(file);
        SourceObject source = SourceObject.ofContent(bucket, keyPrefix + file.getFileName(), content, null, null)
                .announcedBy(EventStamp.unordered());
        long before = counted.counter().countService("DynamoDb");
        double writesBefore = counted.counter().writeUnits();
        double readsBefore = counted.counter().readUnits();
        long itemBytesBefore = counted.counter().itemBytesWritten();
        long requestBytesBefore = counted.counter().requestBytes();
        long s3Before = counted.counter().countService("S3");
        SourceState state = counted.store().begin(source.key(), EventStamp.unordered());
        ParseResult result = parser.parse(content);
        String outcome;
        if (!result.succeeded() || !result.errors().isEmpty()) {
            counted.store().recordFailure(source, result.failureReason(), Instant.now(), parserVersion, state);
            outcome = "FAILED";
        } else {
            SaveOutcome saved = counted.store().save(source, result.filing().orElseThrow(), parserVersion, state);
            outcome = saved.change().name();
        }
        long[] tally = byOutcome.computeIfAbsent(label + outcome, k -> new long[2]);
        tally[0]++;
        tally[1] += counted.counter().countService("DynamoDb") - before;
        double[] units = capacity.computeIfAbsent(label + outcome, k -> new double[5]);
        units[0] += counted.counter().writeUnits() - writesBefore;
        units[1] += counted.counter().readUnits() - readsBefore;
        units[2] += counted.counter().itemBytesWritten() - itemBytesBefore;
        units[3] += counted.counter().requestBytes() - requestBytesBefore;
        units[4] += counted.counter().countService("S3") - s3Before;
    }

    /**
     * @param byOutcome  per save outcome (CREATED, UNCHANGED, REPLACED, FAILED): {files, DynamoDB requests}
     * @param capacity   per save outcome: {write request units, read request units, item bytes written, request
     *                   bytes sent, S3 requests} summed over its files (RequestCounter's estimate of on-demand units)
     * @param operations every counted call by operation, DynamoDB and S3
     */
    record Result(String table, Map<String, long[]> byOutcome, Map<String, double[]> capacity,
                  Map<String, Long> operations) {

        /** One of {@link #capacity}'s figures per file of the outcome: 0 WRU, 1 RRU, 2 item bytes, 3 request bytes, 4 S3. */
        double perFiling(String outcome, int figure) {
            double[] units = capacity.get(outcome);
            long files = files(outcome);
            return units == null || files == 0 ? Double.NaN : units[figure] / files;
        }

        double dynamoPerFiling(String outcome) {
            long[] tally = byOutcome.get(outcome);
            return tally == null || tally[0] == 0 ? Double.NaN : (double) tally[1] / tally[0];
        }

        long files(String outcome) {
            long[] tally = byOutcome.get(outcome);
            return tally == null ? 0 : tally[0];
        }
    }
}
