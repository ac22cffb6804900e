package dev.edgarlive.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The HTTP API on localhost: each request that matches one of the template's routes is turned into a payload
 * format 2.0 event, the route's function is invoked with it, and its result is written back, as API Gateway does.
 * A request no route matches gets API Gateway's 404; a function error its 500; a function slower than the
 * integration timeout its 503.
 */
public final class HttpApiGateway implements AutoCloseable {

    /** API Gateway waits at most this long for a Lambda integration. */
    private static final Duration INTEGRATION_TIMEOUT = Duration.ofSeconds(30);

    private final List<HttpRoute> routes;
    private final Optional<CorsRules> cors;
    private final Function<String, LambdaFunction> functions;
    private final HttpServer server;
    private final ExecutorService threads;

    private HttpApiGateway(List<HttpRoute> routes, Optional<CorsRules> cors, Function<String, LambdaFunction> functions,
                           HttpServer server) {
        this.routes = List.copyOf(routes);
        this.cors = cors;
        this.functions = functions;
        this.server = server;
        this.threads = Executors.newFixedThreadPool(8, LambdaRuntimeApi.daemonThreads("http-api"));
    }

    /**
     * Serves {@code routes} on {@code port} (0 for any free one) of every local address.
     *
     * @param cors      the API's CORS rules, if it has any
     * @param functions the deployed function for each logical id a route names; null while it is starting
     */
    public static HttpApiGateway start(int port, List<HttpRoute> routes, Optional<CorsRules> cors,
                                       Function<String, LambdaFunction> functions) throws IOException {
        HttpServer server;
        try {
            server = LoopbackHttpServers.create(new InetSocketAddress(port));
        } catch (BindException inUse) {
            throw new IOException("port " + port + " is taken (" + inUse.getMessage() + "); choose another with --port",
                    inUse);
        }
        HttpApiGateway gateway = new HttpApiGateway(routes, cors, functions, server);
        server.createContext("/", gateway::handle);
        server.setExecutor(gateway.threads);
        server.start();
        return gateway;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiRequest request = new ApiRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(),
                    exchange.getRequestBody().readAllBytes(), exchange.getRemoteAddress().getAddress().getHostAddress());
            String requestId = UUID.randomUUID().toString();
            ApiResponse response = respond(request, requestId);
            exchange.getResponseHeaders().putAll(response.headers());
            exchange.getResponseHeaders().set("apigw-requestid", requestId);
            byte[] body = response.body();
            boolean noBody = body.length == 0 || request.method().equals("HEAD");
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private ApiResponse respond(ApiRequest request, String requestId) {
        if (cors.isPresent() && CorsRules.isPreflight(request)) {
            return cors.get().preflight(request);
        }
        ApiResponse response = route(request, requestId);
        return cors.map(rules -> rules.apply(request, response)).orElse(response);
    }

    private ApiResponse route(ApiRequest request, String requestId) {
        for (HttpRoute route : routes) {
            Optional<Map<String, String>> parameters = route.match(request.method(), request.rawPath());
            if (parameters.isPresent()) {
                LambdaFunction function = functions.apply(route.function());
                if (function == null) {
                    // The function is still starting.
                    return ApiResponse.gatewayMessage(503, "Service Unavailable");
                }
                byte[] event = HttpApiEvents.event(request, route, parameters.get(), requestId, Instant.now());
                return invoke(function, event);
            }
        }
        return ApiResponse.gatewayMessage(404, "Not Found");
    }

    private static ApiResponse invoke(LambdaFunction function, byte[] event) {
        try {
            byte[] result = function.invoke(event).get(INTEGRATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return HttpApiEvents.response(result);
        } catch (ExecutionException functionFailed) {
            return ApiResponse.gatewayMessage(500, "Internal Server Error");
        } catch (TimeoutException slow) {
            return ApiResponse.gatewayMessage(503, "Service Unavailable");
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return ApiResponse.gatewayMessage(503, "Service Unavailable");
        }
    }
}
