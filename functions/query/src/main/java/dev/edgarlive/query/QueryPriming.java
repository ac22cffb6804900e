package dev.edgarlive.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.query.HttpPriming.PrimedRequest;
import dev.edgarlive.store.FirstCalls;
import dev.edgarlive.store.PrimingTable;
import dev.edgarlive.store.PrimingTrace;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs every route of the API once while the function initialises, so that its first request finds the classes
 * loaded, initialised and run (kept in the snapshot with SnapStart; moved into initialisation without it).
 *
 * <p>Once Quarkus's HTTP layer is up (it starts after the start-up event, so {@link PrimedStreamHandler}, the
 * function's handler, calls {@link #primeHttpAtInit} after constructing Quarkus's own), the project's sample filing
 * is parsed and laid out as the store's rows in a {@link StubTable}, served by a {@link LoopbackAws} stub on
 * 127.0.0.1; for the length of the priming the API reads through SDK clients pointed at that stub
 * ({@link ApiBackend#primingOn}), and {@link HttpPriming} sends its requests through Quarkus's Lambda HTTP handler.
 * So each request runs as a real one does, end to end: routing, Quarkus REST, the resource, the store's read path,
 * the SDK's marshalling, signing, HTTP client and unmarshalling, the view's JSON, the ETag filter and mappers.
 *
 * <p>Nothing unique to an environment is captured: the function's own S3 and DynamoDB clients are built, never
 * called before a snapshot, so no credential is read and no connection to AWS is opened (their first calls,
 * {@link FirstCalls}, come after the restore, or at the end of initialisation when no snapshot follows); the stub
 * signs with a throwaway key pair and is stopped, its connections closed (see {@link LoopbackAws}), before
 * initialisation ends; the priming store signs cursors with a fixed key, and nothing random is drawn. The cursor
 * key is read at initialisation from the function's configuration, the same for every environment of a version; a
 * key kept elsewhere (a secret that rotates) must be read after a restore: {@link #afterRestore} fires
 * {@link RestoredFromSnapshot} for whatever holds such a value.
 */
@ApplicationScoped
public class QueryPriming implements Resource {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.query");
    static final String FILING = "/priming/8k_northwind-instruments_2024-05-02_fixture.txt";
    /** The id and source key the sample is stored under in the stub's table. */
    static final String SAMPLE_ID = "0009999999-24-000123";
    private static final String SAMPLE_KEY = "filings/priming.txt";

    private final QueryConfig config;
    private final ObjectMapper json;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final ApiBackend backend;
    private final Event<RestoredFromSnapshot> restored;

    public QueryPriming(QueryConfig config, ObjectMapper json, S3Client s3, DynamoDbClient dynamo, ApiBackend backend,
                        Event<RestoredFromSnapshot> restored) {
        this.config = config;
        this.json = json;
        this.s3 = s3;
        this.dynamo = dynamo;
        this.backend = backend;
        this.restored = restored;
    }

    /** A restore from a SnapStart snapshot: values that must be read afresh in each environment are read again. */
    public record RestoredFromSnapshot() {
    }

    /** At start-up: registers for the snapshot's restore; the priming itself waits for the HTTP layer. */
    void register(@Observes StartupEvent started) {
        Core.getGlobalContext().register(this);
        if (!config.priming()) {
            LOG.info("priming is off (EDGAR_PRIMING=false): the first request loads what it needs");
        }
    }

    /** Every priming request straight to Quarkus's Lambda HTTP handler, the API reading from the stub. */
    List<PrimedRequest> primeHttp() {
        return primeHttp(HttpPriming.direct());
    }

    /** Every priming request through {@code gateway}, the API reading from the stub: their answers. */
    List<PrimedRequest> primeHttp(HttpPriming.Gateway gateway) {
        // The function's own clients are built now (no call, no credential read), not at the first request.
        s3.serviceClientConfiguration();
        dynamo.serviceClientConfiguration();
        CredentialChainPriming.run();
        Filing sample = new FilingParser().parse(sample()).filing()
                .orElseThrow(() -> new IllegalStateException("the priming sample does not parse"));
        StubTable table = new StubTable(json, PrimingTable.rowsOf(SAMPLE_ID, sample, SAMPLE_KEY, config.formShards(),
                FilingParser.VERSION));
        try (LoopbackAws stub = LoopbackAws.start(table, json);
             PrimingBackend primingBackend = new PrimingBackend(stub, config)) {
            return backend.primingOn(primingBackend.store(), primingBackend.presigner(),
                    () -> PrimingTrace.during(() -> new HttpPriming(gateway).run(SAMPLE_ID, sample)));
        } catch (IOException noLoopback) {
            throw new UncheckedIOException("the priming stub could not listen on 127.0.0.1", noLoopback);
        }
    }

    /** The priming, once Quarkus has started: {@link PrimedStreamHandler} calls it with itself as the gateway. */
    void primeHttpAtInit(HttpPriming.Gateway gateway) {
        primeHttpAtInit(gateway, System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"));
    }

    /**
     * The priming, then, unless Lambda is initialising for a SnapStart snapshot ({@code initializationType}
     * "snap-start"), the function's own clients' first calls; whether those were made.
     */
    boolean primeHttpAtInit(HttpPriming.Gateway gateway, String initializationType) {
        if (!config.priming()) {
            return false;
        }
        long start = System.nanoTime();
        try {
            List<PrimedRequest> answered = primeHttp(gateway);
            Map<Integer, Integer> byStatus = new TreeMap<>();
            answered.forEach(request -> byStatus.merge(request.status(), 1, Integer::sum));
            LOG.infof("primed the API in %d ms: %d requests through the function's handler on a loopback stub"
                            + " (statuses %s)",
                    (System.nanoTime() - start) / 1_000_000, answered.size(), byStatus);
        } catch (RuntimeException primingFailed) {
            // Priming only saves time: a function that could not prime still serves, its first request slower.
            LOG.warnf(primingFailed, "priming failed after %d ms; the first request will load what it needs",
                    (System.nanoTime() - start) / 1_000_000);
        }
        return !FirstCalls.snapshotFollows(initializationType) && makeFirstCalls();
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        // Everything was primed during initialisation, before the snapshot: nothing is left to do here.
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        restored.fire(new RestoredFromSnapshot());
        LOG.info("restored from a SnapStart snapshot: no connection, credential or random state was captured");
        if (config.priming()) {
            makeFirstCalls();
        }
    }

    /**
     * The function's own clients' first calls ({@link FirstCalls}): the store reads a company no filing has (one
     * GetItem, half a read unit) and the presigner signs a link, building its credentials chain.
     */
    private boolean makeFirstCalls() {
        FirstCalls.Outcome outcome = FirstCalls.makeWithin(() -> {
            backend.store().findCompany(FirstCalls.NO_COMPANY);
            backend.presigner().presignGetObject(request -> request.signatureDuration(Duration.ofMinutes(1))
                    .getObjectRequest(get -> get.bucket("first-call").key("first-call")));
        }, FirstCalls.LIMIT);
        LOG.log(outcome.made() ? Logger.Level.INFO : Logger.Level.WARN, outcome);
        return outcome.made();
    }

    private static byte[] sample() {
        try (InputStream in = QueryPriming.class.getResourceAsStream(FILING)) {
            if (in == null) {
                throw new IllegalStateException(FILING + " is missing from the package");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
