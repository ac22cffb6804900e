package dev.edgarlive.ingest;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.FirstCalls;
import dev.edgarlive.store.PrimingClients;
import dev.edgarlive.store.PrimingTrace;
import dev.edgarlive.store.StoreSettings;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Runs the ingest path once while the function initialises, so that its first real invocation finds the classes
 * loaded, initialised and partly compiled: on Lambda with SnapStart the work is done once per published version
 * and kept in the snapshot; without it, and on the local stack, it moves into the initialisation phase.
 *
 * <p>The priming batch is one SQS message with an S3 event for the project's sample filing (SEC header, HTML 8-K,
 * exhibit), read by Quarkus's Jackson, handed to an {@link IngestHandler} with a {@link FilingIngestor} and a
 * {@link FilingStore} of their own whose SDK clients answer from memory ({@link PrimingClients}): the event
 * mapping, the S3 read, the parser, the store's row mapping and every DynamoDB request of a save are exercised,
 * and the SDK's marshallers and signer with them. The function's own S3 and DynamoDB clients are built, not
 * called.
 *
 * <p>Nothing that must differ between environments is made here, so nothing of the kind is in a snapshot: no
 * connection is opened (no network at all) and the function's credentials are never resolved. The store's cursor
 * key is drawn when the store is built, but this function hands out no cursors, so environments sharing it share
 * nothing that matters. The function's own clients make their first calls ({@link FirstCalls}) after each restore
 * ({@link #afterRestore}), or at the end of initialisation when no snapshot follows.
 */
@Startup
@ApplicationScoped
public class IngestPriming implements Resource {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.ingest");
    static final String FILING = "/priming/8k_northwind-instruments_2024-05-02_fixture.txt";
    static final String KEY = "filings/priming/8k_northwind-instruments_2024-05-02_fixture.txt";
    /** The key the first S3 call asks for: under the prefix the function may read, and never a filing's. */
    static final String NO_OBJECT = "filings/.first-call";

    private final IngestConfig config;
    private final FilingParser parser;
    private final ObjectMapper json;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final Clock clock;
    private final String handler;
    private final FilingStore store;

    public IngestPriming(IngestConfig config, FilingParser parser, ObjectMapper json, S3Client s3,
                         DynamoDbClient dynamo, FilingStore store, Clock clock,
                         @ConfigProperty(name = "quarkus.lambda.handler", defaultValue = "ingest") String handler) {
        this.config = config;
        this.store = store;
        this.handler = handler;
        this.parser = parser;
        this.json = json;
        this.s3 = s3;
        this.dynamo = dynamo;
        this.clock = clock;
    }

    @PostConstruct
    void prime() {
        Core.getGlobalContext().register(this);
        prime(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"));
    }

    /**
     * The priming batch, then, unless Lambda is initialising for a SnapStart snapshot ({@code initializationType}
     * "snap-start"), the function's own clients' first calls; whether those were made.
     */
    boolean prime(String initializationType) {
        if (!config.priming()) {
            LOG.info("priming is off (EDGAR_PRIMING=false): the first invocation loads what it needs");
            return false;
        }
        if (!handler.equals("ingest")) {
            return false; // the unpack and reprocess functions share the package, not the ingest path
        }
        long started = System.nanoTime();
        try {
            RecordOutcome outcome = primingBatch();
            LOG.infof("primed the ingest path in %d ms (the sample filing %s on in-memory clients)",
                    (System.nanoTime() - started) / 1_000_000, outcome.outcome());
        } catch (RuntimeException primingFailed) {
            // Priming only saves time: a function that could not prime still ingests, its first batch slower.
            LOG.warnf(primingFailed, "priming failed after %d ms; the first invocation will load what it needs",
                    (System.nanoTime() - started) / 1_000_000);
        }
        return !FirstCalls.snapshotFollows(initializationType) && makeFirstCalls();
    }

    /** The priming batch; its outcome is STORED when the whole path ran. */
    RecordOutcome primingBatch() {
        // Building the function's clients now (no call is made) moves their construction out of the first request.
        s3.serviceClientConfiguration();
        dynamo.serviceClientConfiguration();
        byte[] filing = sample();
        RecordOutcome[] seen = new RecordOutcome[1];
        try (S3Client cannedS3 = PrimingClients.s3Holding(filing);
             DynamoDbClient cannedDynamo = PrimingClients.emptyDynamoDb()) {
            FilingStore store = new FilingStore(cannedDynamo, cannedS3, new StoreSettings(config.table(),
                    config.bucket(), config.formShards(), new byte[32]));
            FilingIngestor ingestor = new FilingIngestor(cannedS3, parser, store, config, clock);
            IngestHandler handler = new IngestHandler(ingestor, new IngestTelemetry(null) {
                @Override
                public void report(RecordOutcome outcome) {
                    seen[0] = outcome; // no log line, no metric: priming is no ingest
                }
            }, json);
            // Read as Quarkus's Lambda handler reads an event (its copy of the mapper, configured alike).
            SQSEvent event = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
                    .readValue(sqsEvent(filing.length), SQSEvent.class);
            SQSBatchResponse response = PrimingTrace.during(() -> handler.handleRequest(event, null));
            json.writeValueAsString(response);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the priming event could not be read", unreadable);
        }
        return seen[0] == null ? new RecordOutcome(KEY, RecordOutcome.Outcome.SKIPPED, null, null, null, List.of(),
                "no record was ingested", 0, 0) : seen[0];
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        // The priming ran during initialisation, before the snapshot: nothing is left to do here.
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        LOG.info("restored from a SnapStart snapshot: no connection, credential or random state was captured");
        if (config.priming() && handler.equals("ingest")) {
            makeFirstCalls();
        }
    }

    /**
     * The function's own clients' first calls ({@link FirstCalls}): the store reads a company no filing has (one
     * GetItem, half a read unit) and S3 is asked for an object that is not there (one HEAD, answered 404).
     */
    private boolean makeFirstCalls() {
        FirstCalls.Outcome outcome = FirstCalls.makeWithin(() -> {
            store.findCompany(FirstCalls.NO_COMPANY);
            try {
                s3.headObject(head -> head.bucket(config.bucket()).key(NO_OBJECT));
            } catch (S3Exception answered) {
                // S3 answered (404, or 403 without ListBucket): credentials and connection are what the call is for.
            }
        }, FirstCalls.LIMIT);
        LOG.log(outcome.made() ? Logger.Level.INFO : Logger.Level.WARN, outcome);
        return outcome.made();
    }

    private String sqsEvent(int size) {
        String s3Event = "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":"
                + "\"us-east-1\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"s3SchemaVersion\":\"1.0\","
                + "\"bucket\":{\"name\":\"" + config.bucket() + "\"},\"object\":{\"key\":\"" + KEY + "\",\"size\":"
                + size + ",\"eTag\":\"priming\",\"sequencer\":\"00\"}}}]}";
        return json.createObjectNode().set("Records", json.createArrayNode().add(json.createObjectNode()
                .put("messageId", "priming").put("receiptHandle", "priming").put("body", s3Event)
                .put("eventSource", "aws:sqs").put("awsRegion", "us-east-1"))).toString();
    }

    private static byte[] sample() {
        try (InputStream in = IngestPriming.class.getResourceAsStream(FILING)) {
            if (in == null) {
                throw new IllegalStateException(FILING + " is missing from the package");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
