package dev.edgarlive.ingest;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.emulator.ProjectFiles;
import dev.edgarlive.emulator.ProvisionedResources;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.emulator.ResourceNames;
import dev.edgarlive.emulator.TemplateResources;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.store.DailyCount;
import dev.edgarlive.store.FailureRecord;
import dev.edgarlive.store.FilingQuery;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.FilingSummary;
import dev.edgarlive.store.SourceState;
import dev.edgarlive.store.StoreSettings;
import dev.edgarlive.store.StoredFiling;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reordering harness: sequences of creates, overwrites and deletes of one key, their events delivered in
 * every order, with duplicates, late or as they happen, and racing each other (one delivery paused at each of its
 * requests while the rest of the sequence happens and is delivered). After each schedule the store must hold
 * exactly what the bucket holds: the filing parsed from the key's final bytes, whole, listed and counted once, no
 * other filing of the schedule, no stale rows; or, when the key was deleted last, nothing.
 *
 * <p>Run twice: with S3's sequencers (of varying lengths, as S3 sends them) and without any, as moto sends events.
 * Every schedule has its own key, accession numbers and filing day, so that schedules share one table.
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestOrderIT {

    private static final String SAMPLE = "8k_northwind-instruments_2024-05-02_fixture.txt";
    private static final String SAMPLE_ACCESSION = "0009999999-24-000123";
    private static final String SAMPLE_DAY = "20240502";

    private AwsEmulator emulator;
    private ProvisionedResources resources;
    private S3Client s3;
    private DynamoDbClient dynamo;
    private FilingIngestor ingestor;
    private FilingStore reader;
    private S3Client readerS3;
    private DynamoDbClient readerDynamo;
    private final StepHook steps = new StepHook();
    private final FilingParser parser = new FilingParser();
    private String sample;
    private int schedules;

    /** A step of a sequence: a put of one of three contents, or a delete. */
    private record Op(String version) {
        static final Op DELETE = new Op(null);

        static Op put(String version) {
            return new Op(version);
        }

        boolean isPut() {
            return version != null;
        }

        @Override
        public String toString() {
            return isPut() ? "put(" + version + ")" : "delete";
        }
    }

    /** Ops applied and delivered before the sequence under test, then the sequence. */
    private record Sequence(String name, List<Op> before, List<Op> ops) {
    }

    private static List<Sequence> sequences() {
        return List.of(
                new Sequence("put-put", List.of(), List.of(Op.put("v1"), Op.put("v2"))),
                new Sequence("put-put (another filing)", List.of(), List.of(Op.put("v1"), Op.put("v3"))),
                new Sequence("put-delete", List.of(), List.of(Op.put("v1"), Op.DELETE)),
                new Sequence("delete-put", List.of(Op.put("v1")), List.of(Op.DELETE, Op.put("v2"))),
                new Sequence("put-put-delete", List.of(), List.of(Op.put("v1"), Op.put("v2"), Op.DELETE)),
                new Sequence("put-delete-put", List.of(), List.of(Op.put("v1"), Op.DELETE, Op.put("v3"))),
                new Sequence("put-delete-put (the same bytes)", List.of(),
                        List.of(Op.put("v1"), Op.DELETE, Op.put("v1"))));
    }

    @BeforeAll
    void provision() throws IOException {
        emulator = AwsEmulator.shared();
        s3 = emulator.s3Builder().overrideConfiguration(c -> c.addExecutionInterceptor(steps)).build();
        dynamo = emulator.dynamoDbBuilder().overrideConfiguration(c -> c.addExecutionInterceptor(steps)).build();
        readerS3 = emulator.s3Builder().build();
        readerDynamo = emulator.dynamoDbBuilder().build();
        sample = Files.readString(ProjectFiles.sample(SAMPLE), StandardCharsets.ISO_8859_1);
    }

    /**
     * A bucket and table of the sequence's own. The emulator answers an index query by reading every row of the
     * table, and each check makes several: in one table for all schedules, a check's cost grew with every
     * schedule run before it.
     */
    private void provisionFreshTable() {
        resources = TemplateResources.load().provision(emulator, ResourceNames.unique("order"));
        StoreSettings settings = new StoreSettings(resources.table(), resources.bucket(), 2,
                "order-harness-cursor-secret-0123".getBytes(StandardCharsets.US_ASCII));
        ingestor = new FilingIngestor(s3, parser, new FilingStore(dynamo, s3, settings),
                TestConfig.of(resources.table(), resources.bucket()),
                Clock.systemUTC());
        reader = new FilingStore(readerDynamo, readerS3, settings);
    }

    @AfterAll
    void close() {
        s3.close();
        dynamo.close();
        readerS3.close();
        readerDynamo.close();
    }

    @Test
    void withSequencersEveryOrderDuplicateAndRaceEndsWithTheTableEqualToTheBucket() {
        assertThat(runAll(true)).as("schedules whose final state differs from the bucket").isEmpty();
    }

    @Test
    void withoutSequencersAsMotoSendsEventsEveryOrderDuplicateAndRaceEndsWithTheTableEqualToTheBucket() {
        assertThat(runAll(false)).as("schedules whose final state differs from the bucket").isEmpty();
    }

    private List<String> runAll(boolean sequencers) {
        List<String> wrong = new ArrayList<>();
        int late = 0;
        int interleaved = 0;
        int races = 0;
        for (Sequence sequence : sequences()) {
            provisionFreshTable();
            int k = sequence.ops().size();
            // Late: every op happens first, then the events arrive in every order, each once; and in every order
            // with one of them delivered again after all the others.
            for (List<Integer> order : deliveryOrders(k)) {
                Run run = new Run(sequence, sequencers);
                run.applyAll();
                order.forEach(run::deliver);
                run.check("late " + order, wrong);
                late++;
            }
            // As they happen: each event arrives at some point after its op, in every interleaving.
            for (List<Integer> schedule : interleavings(k)) {
                Run run = new Run(sequence, sequencers);
                for (int step : schedule) {
                    if (step < 0) {
                        run.apply(-step - 1);
                    } else {
                        run.deliver(step);
                    }
                }
                run.check("interleaved " + schedule, wrong);
                interleaved++;
            }
            // Races: the delivery of event i is paused at its request r while the rest of the sequence happens and
            // is delivered, then resumes.
            for (int i = 0; i < k - 1; i++) {
                int requests = requestsOf(sequence, sequencers, i);
                for (int r = 1; r <= requests; r++) {
                    Run run = new Run(sequence, sequencers);
                    int paused = i;
                    for (int op = 0; op <= paused; op++) {
                        run.apply(op);
                    }
                    steps.pauseAt(r, () -> {
                        for (int op = paused + 1; op < k; op++) {
                            run.apply(op);
                            run.deliver(op);
                        }
                    });
                    try {
                        run.deliver(paused);
                    } finally {
                        steps.clear();
                    }
                    run.check("event " + paused + " paused at request " + r, wrong);
                    races++;
                }
            }
        }
        System.out.printf("IngestOrderIT (%s): %d schedules delivered late in every order and with duplicates, "
                        + "%d interleaved with the uploads, %d races; %d wrong final states%n",
                sequencers ? "with sequencers" : "without sequencers", late, interleaved, races, wrong.size());
        return wrong;
    }

    /** The requests the delivery of event {@code i} makes when nothing interferes. */
    private int requestsOf(Sequence sequence, boolean sequencers, int i) {
        Run run = new Run(sequence, sequencers);
        for (int op = 0; op <= i; op++) {
            run.apply(op);
        }
        steps.count();
        run.deliver(i);
        int requests = steps.counted();
        steps.clear();
        return requests;
    }

    /** Every order of the events 0..k-1, alone and followed by a second delivery of each of them. */
    static List<List<Integer>> deliveryOrders(int k) {
        List<List<Integer>> orders = new ArrayList<>();
        List<Integer> once = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            once.add(i);
        }
        for (List<Integer> order : permutations(once)) {
            orders.add(order);
            for (int again = 0; again < k; again++) {
                List<Integer> withDuplicate = new ArrayList<>(order);
                withDuplicate.add(again);
                orders.add(withDuplicate);
            }
        }
        return orders;
    }

    /** Every schedule of ops (as -1-i) and deliveries (i) where op i comes before its delivery and ops keep order. */
    static List<List<Integer>> interleavings(int k) {
        List<List<Integer>> all = new ArrayList<>();
        extend(new ArrayList<>(), 0, new boolean[k], k, all);
        return all;
    }

    private static void extend(List<Integer> prefix, int opsDone, boolean[] delivered, int k, List<List<Integer>> all) {
        if (prefix.size() == 2 * k) {
            all.add(List.copyOf(prefix));
            return;
        }
        if (opsDone < k) {
            prefix.add(-opsDone - 1);
            extend(prefix, opsDone + 1, delivered, k, all);
            prefix.remove(prefix.size() - 1);
        }
        for (int i = 0; i < opsDone; i++) {
            if (!delivered[i]) {
                delivered[i] = true;
                prefix.add(i);
                extend(prefix, opsDone, delivered, k, all);
                prefix.remove(prefix.size() - 1);
                delivered[i] = false;
            }
        }
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.size() <= 1) {
            return List.of(List.copyOf(items));
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Integer> rest = new ArrayList<>(items);
            Integer first = rest.remove(i);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> p = new ArrayList<>();
                p.add(first);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }

    /** One schedule: its key, names, the events its ops produced, and the check against the bucket. */
    private final class Run {
        final int n = ++schedules;
        final Sequence sequence;
        final boolean sequencers;
        final String key = "filings/order/" + n + ".txt";
        final String accessionA = String.format("%010d-26-%06d", 5_000_000 + n, 1);
        final String accessionB = String.format("%010d-26-%06d", 5_000_000 + n, 2);
        final LocalDate day = LocalDate.of(1990, 1, 1).plusDays(n);
        final List<S3ObjectEvent> events = new ArrayList<>();
        private int sequencersIssued;

        Run(Sequence sequence, boolean sequencers) {
            this.sequence = sequence;
            this.sequencers = sequencers;
            for (Op op : sequence.before()) {
                deliverNow(perform(op));
            }
        }

        void applyAll() {
            for (int i = 0; i < sequence.ops().size(); i++) {
                apply(i);
            }
        }

        void apply(int i) {
            events.add(perform(sequence.ops().get(i)));
        }

        void deliver(int i) {
            deliverNow(events.get(i));
        }

        private void deliverNow(S3ObjectEvent event) {
            ingestor.ingest(event);
        }

        private S3ObjectEvent perform(Op op) {
            String sequencer = sequencers ? nextSequencer() : null;
            if (op.isPut()) {
                byte[] bytes = content(op.version());
                String eTag = readerS3.putObject(b -> b.bucket(resources.bucket()).key(key),
                        RequestBody.fromBytes(bytes)).eTag().replace("\"", "");
                return new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, resources.bucket(), key, bytes.length, eTag,
                        sequencer);
            }
            readerS3.deleteObject(b -> b.bucket(resources.bucket()).key(key));
            return new S3ObjectEvent(S3ObjectEvent.Kind.REMOVED, resources.bucket(), key, 0, null, sequencer);
        }

        /** Increasing as S3's are, in varying lengths: the shorter right-padded with zeros compares right. */
        private String nextSequencer() {
            sequencersIssued++;
            String full = String.format("%018X", 0x65A1B2C3D4E50000L + ((long) sequencersIssued << 16));
            return sequencersIssued % 2 == 0 ? full.substring(0, 14) : full;
        }

        /** The sample with this schedule's accession (v3: another) and day; v2 reports another item. */
        byte[] content(String version) {
            String text = sample.replace(SAMPLE_ACCESSION, version.equals("v3") ? accessionB : accessionA)
                    .replace(SAMPLE_DAY, day.format(DateTimeFormatter.BASIC_ISO_DATE))
                    .replace("is furnished and shall not", "is furnished (" + version + ") and shall not");
            if (version.equals("v2")) {
                text = text.replace("Item 2.02 Results of Operations and Financial Condition.", "Item 8.01 Other Events.")
                        .replace("ITEM INFORMATION:\t\tResults of Operations and Financial Condition",
                                "ITEM INFORMATION:\t\tOther Events");
            }
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }

        /** Adds to {@code wrong} every way the store differs from what the bucket holds. */
        void check(String schedule, List<String> wrong) {
            String where = sequence.name() + (sequencers ? " with" : " without") + " sequencers, " + schedule + ": ";
            List<String> problems = new ArrayList<>();
            Optional<byte[]> held = bucketBytes();
            Optional<SourceState> state = reader.sourceState(key);
            String day = this.day.toString();
            List<DailyCount> counts = reader.dailyCountsByForm("8-K", this.day, this.day);
            List<String> listed = reader.filingsByForm("8-K", FilingQuery.between(this.day, this.day, 50))
                    .items().stream().map(FilingSummary::id).toList();
            if (held.isPresent()) {
                Filing expected = parser.parse(held.get()).filing().orElseThrow();
                String id = expected.accessionNumber();
                if (state.isEmpty() || state.get().status() != SourceState.Status.FILING
                        || !sha256(held.get()).equals(state.get().contentSha256())) {
                    problems.add("source row " + state.map(s -> s.status() + " " + s.contentSha256()));
                }
                Optional<StoredFiling> stored = reader.findFiling(id, true);
                if (stored.isEmpty() || !stored.get().filing().equals(expected)
                        || !stored.get().sourceKeys().equals(List.of(key))) {
                    problems.add("filing " + id + " is " + stored.map(s -> "other content " + s.sourceKeys())
                            .orElse("missing"));
                }
                String other = id.equals(accessionA) ? accessionB : accessionA;
                if (reader.findFiling(other, false).isPresent()) {
                    problems.add("filing " + other + " is still stored");
                }
                if (!counts.equals(List.of(new DailyCount(this.day, 1)))) {
                    problems.add("daily count of " + day + " is " + counts);
                }
                if (!listed.equals(List.of(id))) {
                    problems.add("form list of " + day + " is " + listed);
                }
                problems.addAll(staleRows(id));
                problems.addAll(staleRows(other));
            } else {
                if (state.isEmpty() || state.get().status() != SourceState.Status.DELETED) {
                    problems.add("source row " + state.map(SourceState::status));
                }
                for (String id : List.of(accessionA, accessionB)) {
                    if (reader.findFiling(id, false).isPresent()) {
                        problems.add("filing " + id + " is stored for a deleted key");
                    }
                    problems.addAll(staleRows(id));
                }
                if (!counts.isEmpty() || !listed.isEmpty()) {
                    problems.add("counted " + counts + ", listed " + listed);
                }
            }
            if (reader.failures(500, null).items().stream().map(FailureRecord::key).anyMatch(key::equals)) {
                problems.add("a failure is recorded");
            }
            if (!problems.isEmpty()) {
                wrong.add(where + String.join("; ", problems));
            }
        }

        private Optional<byte[]> bucketBytes() {
            try {
                return Optional.of(readerS3.getObject(b -> b.bucket(resources.bucket()).key(key),
                        ResponseTransformer.toBytes()).asByteArray());
            } catch (NoSuchKeyException deleted) {
                return Optional.empty();
            }
        }

        /** Rows of a partition that META does not name: of another version, a dead seal, or any without META. */
        private List<String> staleRows(String id) {
            List<Map<String, AttributeValue>> rows = new ArrayList<>();
            readerDynamo.queryPaginator(b -> b.tableName(resources.table()).consistentRead(true)
                    .keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("FILING#" + id))))
                    .items().forEach(rows::add);
            Optional<Map<String, AttributeValue>> meta = rows.stream()
                    .filter(r -> r.get("SK").s().equals("META")).findFirst();
            List<String> stale = new ArrayList<>();
            if (meta.isEmpty()) {
                rows.forEach(r -> stale.add("row " + id + "/" + r.get("SK").s() + " without META"));
                return stale;
            }
            String version = meta.get().get("cv").s();
            for (Map<String, AttributeValue> row : rows) {
                AttributeValue cv = row.get("cv");
                boolean dead = row.containsKey("dead");
                if (cv != null && !cv.s().equals(version) || dead) {
                    stale.add("row " + id + "/" + row.get("SK").s() + " of another version");
                }
            }
            return stale;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
