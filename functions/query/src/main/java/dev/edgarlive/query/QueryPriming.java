package dev.edgarlive.query;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.PrimingClients;
import dev.edgarlive.store.StoreSettings;
import dev.edgarlive.store.StoredFiling;
import dev.edgarlive.store.TextExtent;
import io.quarkus.amazon.lambda.http.LambdaHttpHandler;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs the query path once while the function initialises, so that its first request finds the classes loaded,
 * initialised and partly compiled (kept in the snapshot with SnapStart; moved into initialisation without it):
 * <ol>
 *   <li>at start-up: the store's read path on SDK clients that answer from memory ({@link PrimingClients}), the API's
 *       404 problem for what it finds, and the project's sample filing parsed and its API view written as JSON;</li>
 *   <li>once Quarkus's HTTP layer is up (it starts after the start-up event, so {@link PrimedStreamHandler}, the
 *       function's handler, calls this after constructing Quarkus's own): requests the API answers without the table,
 *       through Quarkus's Lambda HTTP handler, the OpenAPI document and a 400 problem (routing, Quarkus REST, filters,
 *       mappers, Jackson).</li>
 * </ol>
 * The function's own S3 and DynamoDB clients are built, not called. So no connection is opened and no credential is
 * read before a snapshot, and nothing random is drawn. The cursor key is read at initialisation from the function's
 * configuration, the same for every environment of a version; a key kept elsewhere (a secret that rotates) must be
 * read after a restore: {@link #afterRestore} fires {@link RestoredFromSnapshot} for whatever holds such a value.
 */
@ApplicationScoped
public class QueryPriming implements Resource {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.query");
    static final String FILING = "/priming/8k_northwind-instruments_2024-05-02_fixture.txt";

    private final QueryConfig config;
    private final ObjectMapper json;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final TextLinks links;
    private final Event<RestoredFromSnapshot> restored;

    public QueryPriming(QueryConfig config, ObjectMapper json, S3Client s3, DynamoDbClient dynamo, TextLinks links,
                        Event<RestoredFromSnapshot> restored) {
        this.config = config;
        this.json = json;
        this.s3 = s3;
        this.dynamo = dynamo;
        this.links = links;
        this.restored = restored;
    }

    /** A restore from a SnapStart snapshot: values that must be read afresh in each environment are read again. */
    public record RestoredFromSnapshot() {
    }

    /** At start-up, before the first invocation. */
    void prime(@Observes StartupEvent started) {
        Core.getGlobalContext().register(this);
        if (!config.priming()) {
            LOG.info("priming is off (EDGAR_PRIMING=false): the first request loads what it needs");
            return;
        }
        long start = System.nanoTime();
        try {
            int notFound = primeStoreAndViews();
            LOG.infof("primed the query path in %d ms (store read on in-memory clients: %d; the sample's view)",
                    (System.nanoTime() - start) / 1_000_000, notFound);
        } catch (RuntimeException primingFailed) {
            // Priming only saves time: a function that could not prime still serves, its first request slower.
            LOG.warnf(primingFailed, "priming failed after %d ms; the first request will load what it needs",
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The store's read path and the views: the API's answer to a read of a filing that is not there (404). */
    int primeStoreAndViews() {
        s3.serviceClientConfiguration();
        dynamo.serviceClientConfiguration();
        int notFound;
        try (DynamoDbClient cannedDynamo = PrimingClients.emptyDynamoDb();
             S3Client cannedS3 = PrimingClients.s3Holding(new byte[0])) {
            FilingStore store = new FilingStore(cannedDynamo, cannedS3, new StoreSettings(config.table(),
                    config.bucket(), config.formShards(), new byte[32]));
            try {
                new FilingService(store, links).filing("0000000000-00-000000", true);
                notFound = 200;
            } catch (ApiProblem problem) {
                notFound = 404;
            }
            json.writeValueAsBytes(FilingView.of(sampleAsStored()));
        } catch (IOException unwritable) {
            throw new UncheckedIOException("a priming view could not be written", unwritable);
        }
        return notFound;
    }

    /** Requests the API answers without the table, through Quarkus's Lambda HTTP handler: their statuses. */
    List<Integer> primeHttp() {
        LambdaHttpHandler http = new LambdaHttpHandler();
        int openApi = http.handleRequest(get("/openapi", null), PrimingContext.INSTANCE).getStatusCode();
        int badRequest = http.handleRequest(get("/filings", "form=8-K&limit=none"), PrimingContext.INSTANCE)
                .getStatusCode();
        return List.of(openApi, badRequest);
    }

    /** The HTTP part of the priming, once Quarkus has started: {@link PrimedStreamHandler} calls it. */
    void primeHttpAtInit() {
        if (!config.priming()) {
            return;
        }
        long start = System.nanoTime();
        try {
            List<Integer> statuses = primeHttp();
            LOG.infof("primed the HTTP path in %d ms (priming requests answered %s)",
                    (System.nanoTime() - start) / 1_000_000, statuses);
        } catch (RuntimeException primingFailed) {
            LOG.warnf(primingFailed, "HTTP priming failed; the first request will load what it needs");
        }
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        // Everything was primed during initialisation, before the snapshot: nothing is left to do here.
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        restored.fire(new RestoredFromSnapshot());
        LOG.info("restored from a SnapStart snapshot: no connection, credential or random state was captured");
    }

    /** The sample filing as the store would give it back with its texts. */
    private static StoredFiling sampleAsStored() {
        Filing filing = new FilingParser().parse(sample()).filing()
                .orElseThrow(() -> new IllegalStateException("the priming sample does not parse"));
        List<TextExtent> items = filing.items().stream().map(QueryPriming::extent).toList();
        List<TextExtent> exhibits = filing.exhibits().stream().map(QueryPriming::extent).toList();
        return new StoredFiling("0009999999-24-000123", List.of("filings/priming.txt"), "0".repeat(64),
                Instant.EPOCH, FilingParser.VERSION, filing, true, items, exhibits);
    }

    private static TextExtent extent(Item item) {
        String text = item.text() == null ? "" : item.text();
        return new TextExtent(text.length(), text.substring(0, Math.min(400, text.length())));
    }

    private static TextExtent extent(Exhibit exhibit) {
        String text = exhibit.text() == null ? "" : exhibit.text();
        return new TextExtent(text.length(), text.substring(0, Math.min(400, text.length())));
    }

    private static APIGatewayV2HTTPEvent get(String path, String query) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("GET /{proxy+}").withRawPath(path).withRawQueryString(query)
                .withHeaders(Map.of("accept", "application/json", "host", "priming.invalid"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path)
                                .withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .withRequestId("priming").withRouteKey("GET /{proxy+}").withStage("$default").build())
                .build();
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

    /** What a priming request is told about its invocation. */
    private enum PrimingContext implements Context {
        INSTANCE;

        @Override
        public String getAwsRequestId() {
            return "priming";
        }

        @Override
        public String getLogGroupName() {
            return "priming";
        }

        @Override
        public String getLogStreamName() {
            return "priming";
        }

        @Override
        public String getFunctionName() {
            return "priming";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:000000000000:function:priming";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 30_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return null;
        }
    }
}
