package dev.edgarlive.query;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.edgarlive.filing.Filing;
import io.quarkus.amazon.lambda.http.LambdaHttpHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests priming sends through Quarkus's Lambda HTTP handler, as API Gateway would: every route of the API
 * once with data (the filing the priming table holds), the lists, the counts, a 304 revalidation, the problems
 * (400, 404), the OpenAPI document and the dashboard's own files. A route the first request of an environment takes
 * then finds its resource method, its view's serializer, the filters (ETag, Cache-Control, the pages' security
 * headers) and the error mappers loaded and run once.
 *
 * <p>When a route is added to the API, add its request here: QueryPrimingIT fails until every path of the OpenAPI
 * document is primed.
 */
final class HttpPriming {

    /** A filing id no filing has: the 404 problem. */
    private static final String ABSENT = "0000000000-00-000000";

    /** One priming request and the status the API answered. */
    record PrimedRequest(String path, String query, int status) {
    }

    /**
     * How a priming request reaches the function. On Lambda, {@link PrimedStreamHandler} sends each as the runtime
     * does, as JSON through the function's own stream handler, so the event's and the response's JSON mapping run
     * too; {@link #direct} hands the event to Quarkus's HTTP handler (tests, where no stream handler is built).
     */
    interface Gateway {
        APIGatewayV2HTTPResponse send(APIGatewayV2HTTPEvent event);
    }

    /** Straight to Quarkus's Lambda HTTP handler, without the runtime's JSON. */
    static Gateway direct() {
        LambdaHttpHandler http = new LambdaHttpHandler();
        return event -> http.handleRequest(event, PrimingContext.INSTANCE);
    }

    private final Gateway gateway;
    private final List<PrimedRequest> answered = new ArrayList<>();

    HttpPriming(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Sends every priming request for {@code sample}, stored as {@code id}; their answers in order. */
    List<PrimedRequest> run(String id, Filing sample) {
        String filed = sample.filedDate().toString();
        String form = sample.formType();
        String item = sample.items().isEmpty() ? "8.01" : sample.items().get(0).normalizedCode();
        String exhibit = sample.exhibits().isEmpty() ? "99.1" : sample.exhibits().get(0).number();
        String cik = sample.company().cik();

        String etag = header(send("/filings/" + id, null, Map.of()), "etag");
        send("/filings/" + id, null, Map.of("if-none-match", etag == null ? "\"none\"" : etag));
        send("/filings/" + id, "include=text", Map.of());
        send("/filings/" + id + "/items/" + item, null, Map.of());
        send("/filings/" + id + "/exhibits/" + exhibit, null, Map.of());
        send("/filings/" + id + "/source", null, Map.of());
        send("/filings/" + ABSENT, null, Map.of());
        send("/filings", "form=" + form + "&from=" + filed + "&to=" + filed, Map.of());
        send("/filings", "item=" + item, Map.of());
        send("/filings", "form=" + form + "&limit=none", Map.of());
        send("/companies/" + cik, null, Map.of());
        send("/companies/" + cik + "/filings", "form=" + form, Map.of());
        send("/stats/daily", "form=" + form + "&from=" + filed + "&to=" + filed, Map.of());
        send("/stats/daily", "by=item&from=" + filed + "&to=" + filed, Map.of());
        send("/catalog", null, Map.of());
        send("/failures", null, Map.of());
        send("/openapi", null, Map.of());
        String page = header(send("/", null, Map.of("accept", "text/html")), "etag");
        send("/", null, Map.of("accept", "text/html", "if-none-match", page == null ? "\"none\"" : page));
        send("/app/main.js", null, Map.of("accept", "*/*"));
        send("/app/app.css", null, Map.of("accept", "text/css"));
        send("/docs", null, Map.of("accept", "text/html"));
        return List.copyOf(answered);
    }

    private APIGatewayV2HTTPResponse send(String path, String query, Map<String, String> headers) {
        APIGatewayV2HTTPResponse response = gateway.send(get(path, query, headers));
        answered.add(new PrimedRequest(path, query, response.getStatusCode()));
        return response;
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        if (response.getHeaders() != null) {
            for (Map.Entry<String, String> header : response.getHeaders().entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
        }
        if (response.getMultiValueHeaders() != null) {
            for (Map.Entry<String, List<String>> header : response.getMultiValueHeaders().entrySet()) {
                if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
        }
        return null;
    }

    /** A GET as API Gateway's HTTP API (payload 2.0) hands it to the function. */
    private static APIGatewayV2HTTPEvent get(String path, String query, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(Map.of("accept", "application/json", "host", "priming.invalid"));
        headers.putAll(extraHeaders);
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("GET /{proxy+}").withRawPath(path).withRawQueryString(query)
                .withHeaders(headers)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path)
                                .withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .withRequestId("priming").withRouteKey("GET /{proxy+}").withStage("$default").build())
                .build();
    }

    /** What a priming request is told about its invocation. */
    enum PrimingContext implements Context {
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
