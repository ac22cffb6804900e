package dev.edgarlive.ingest;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.emulator.ProjectFiles;
import dev.edgarlive.emulator.ProvisionedResources;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.emulator.ResourceNames;
import dev.edgarlive.emulator.TemplateResources;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.store.FailureRecord;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.StoreSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Poison inputs end as recorded failures with their reason, found in the failure list, never as events retried
 * into the dead-letter queue: a parse past its budget, an upload whose every delivery dies, one that exhausts the
 * heap, a key longer than DynamoDB takes in key attributes, a request DynamoDB refuses for good. And a header value
 * with a long run of punctuation, the input that used to take minutes, is simply parsed.
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonInputsIT {

    private ProvisionedResources resources;
    private S3Client s3;
    private DynamoDbClient dynamo;
    private FilingStore store;
    private final Refusal refusal = new Refusal();
    private String northwind;
    private int filings;

    @BeforeAll
    void provision() throws IOException {
        AwsEmulator emulator = AwsEmulator.shared();
        resources = TemplateResources.load().provision(emulator, ResourceNames.unique("poison"));
        s3 = emulator.s3Builder().build();
        dynamo = emulator.dynamoDbBuilder().overrideConfiguration(c -> c.addExecutionInterceptor(refusal)).build();
        store = new FilingStore(dynamo, s3, new StoreSettings(resources.table(), resources.bucket(), 2,
                "poison-inputs-test-cursor-secret".getBytes(StandardCharsets.US_ASCII)));
        northwind = Files.readString(ProjectFiles.sample("8k_northwind-instruments_2024-05-02_fixture.txt"),
                StandardCharsets.ISO_8859_1);
    }

    @AfterAll
    void close() {
        s3.close();
        dynamo.close();
    }

    @Test
    void aHeaderValueWithALongRunOfPunctuationIsParsedWithinTheBudget() {
        // 240 KB of dots after the state of incorporation took 48 s before the fix; the budget here is 5 s.
        for (String run : List.of(".", ",", ";")) {
            String key = "filings/poison/punctuation-" + (int) run.charAt(0) + ".txt";
            byte[] bytes = filing().replace("STATE OF INCORPORATION:\t\t\tDE",
                    "STATE OF INCORPORATION:\t\t\tDE" + run.repeat(240_000) + "x").getBytes(StandardCharsets.ISO_8859_1);

            RecordOutcome outcome = put(ingestor(new FilingParser(), Duration.ofSeconds(5), 3), key, bytes);

            assertThat(outcome.outcome()).as(outcome.reason()).isEqualTo(RecordOutcome.Outcome.STORED);
        }
    }

    @Test
    void aParsePastItsBudgetIsAFailureWithReasonParseTimeout() {
        String key = "filings/poison/slow.txt";
        RecordOutcome outcome = put(ingestor(new FilingParser(), Duration.ZERO, 3), key,
                filing().getBytes(StandardCharsets.ISO_8859_1));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(failure(key)).hasValueSatisfying(f -> assertThat(f.reason()).startsWith("PARSE_TIMEOUT: "));
    }

    @Test
    void anUploadWhoseEveryDeliveryDiesIsAFailureWithReasonUnfinished() {
        // Each delivery is killed mid-parse, as by the function's timeout: nothing the ingestor could catch.
        FilingParser dying = mock(FilingParser.class);
        when(dying.parse(any(), any())).thenThrow(new Killed());
        String key = "filings/poison/dies.txt";
        byte[] bytes = filing().getBytes(StandardCharsets.ISO_8859_1);
        FilingIngestor ingestor = ingestor(dying, Duration.ofSeconds(60), 3);
        S3ObjectEvent event = upload(key, bytes);

        for (int delivery = 1; delivery <= 3; delivery++) {
            assertThatThrownBy(() -> ingestor.ingest(event)).isInstanceOf(Killed.class);
        }

        assertThat(failure(key)).hasValueSatisfying(f -> assertThat(f.reason())
                .startsWith("UNFINISHED: 2 earlier deliveries"));
    }

    @Test
    void aParseThatExhaustsTheHeapIsAFailureWithReasonOutOfMemory() {
        FilingParser exhausted = mock(FilingParser.class);
        when(exhausted.parse(any(), any())).thenThrow(new OutOfMemoryError("Java heap space"));
        String key = "filings/poison/huge-heap.txt";

        RecordOutcome outcome = put(ingestor(exhausted, Duration.ofSeconds(60), 3), key,
                filing().getBytes(StandardCharsets.ISO_8859_1));

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(failure(key)).hasValueSatisfying(f -> assertThat(f.reason()).startsWith("OUT_OF_MEMORY: "));
    }

    @Test
    void aKeyTooLongForDynamoDbKeyAttributesIsStoredOrRecordedWithItsWholeName() {
        String longName = "filings/poison/" + "n".repeat(1_000 - "filings/poison/".length() - 4) + ".txt";
        assertThat(longName.getBytes(StandardCharsets.UTF_8).length).isEqualTo(1_000);
        FilingIngestor ingestor = ingestor(new FilingParser(), Duration.ofSeconds(60), 3);

        RecordOutcome empty = put(ingestor, longName, new byte[0]);
        assertThat(empty.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(failure(longName)).hasValueSatisfying(f -> assertThat(f.reason()).startsWith("EMPTY_INPUT"));

        RecordOutcome filing = put(ingestor, longName, filing().getBytes(StandardCharsets.ISO_8859_1));
        assertThat(filing.outcome()).isEqualTo(RecordOutcome.Outcome.STORED);
        assertThat(store.findFiling(filing.filingId(), false).orElseThrow().sourceKeys()).containsExactly(longName);
        assertThat(failure(longName)).isEmpty();
    }

    @Test
    void aRequestDynamoDbRefusesForGoodIsAFailureWithItsReasonNotARetry() {
        String key = "filings/poison/refused.txt";
        refusal.refuse("TransactWriteItems");
        RecordOutcome outcome;
        try {
            outcome = put(ingestor(new FilingParser(), Duration.ofSeconds(60), 3), key,
                    filing().getBytes(StandardCharsets.ISO_8859_1));
        } finally {
            refusal.refuse(null);
        }

        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.Outcome.FAILED);
        assertThat(failure(key)).hasValueSatisfying(f -> assertThat(f.reason())
                .startsWith("AWS_REJECTED: DynamoDb").contains("ValidationException"));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The Northwind sample under an accession number no other upload of this class has. */
    private String filing() {
        return northwind.replace("0009999999-24-000123", String.format("%010d-24-%06d", 4_000_000, ++filings));
    }

    private FilingIngestor ingestor(FilingParser parser, Duration budget, int deliveries) {
        return new FilingIngestor(s3, parser, store,
                new TestConfig(resources.table(), resources.bucket(), 64L << 20, budget, deliveries),
                Clock.systemUTC());
    }

    private RecordOutcome put(FilingIngestor ingestor, String key, byte[] bytes) {
        return ingestor.ingest(upload(key, bytes));
    }

    private S3ObjectEvent upload(String key, byte[] bytes) {
        String eTag = s3.putObject(b -> b.bucket(resources.bucket()).key(key), RequestBody.fromBytes(bytes)).eTag();
        return new S3ObjectEvent(S3ObjectEvent.Kind.CREATED, resources.bucket(), key, bytes.length,
                eTag.replace("\"", ""), null);
    }

    private Optional<FailureRecord> failure(String key) {
        List<FailureRecord> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            var page = store.failures(500, cursor.orElse(null));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return all.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Stands for the function being stopped mid-parse: an Error nothing below the handler catches. */
    private static final class Killed extends Error {
        Killed() {
            super("killed at the function's timeout", null, false, false);
        }
    }

    /** Makes DynamoDB refuse one operation as invalid, as it does a key or an item past its limits. */
    private static final class Refusal implements ExecutionInterceptor {
        private volatile String operation;

        void refuse(String operation) {
            this.operation = operation;
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME).equals(operation)) {
                throw DynamoDbException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                        .serviceName("DynamoDb").errorCode("ValidationException")
                        .errorMessage("One or more parameter values were invalid").build()).build();
            }
        }
    }
}
