package dev.edgarlive.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Lambda's Invoke API for the local stack's functions, on a loopback port: what {@code aws lambda invoke
 * --endpoint-url} and the SDK's LambdaClient call ({@code POST /2015-03-31/functions/NAME/invocations}), so the
 * same command that invokes a function on AWS invokes it here (the reprocess function, say). A qualifier
 * ({@code NAME:live}) is accepted and ignored: the local stack runs one version. As Lambda does, a function error is
 * a 200 with {@code X-Amz-Function-Error} and the error as the payload; {@code X-Amz-Invocation-Type: Event} is
 * answered 202 at once.
 */
final class LambdaInvokeApi implements AutoCloseable {

    private static final String PREFIX = "/2015-03-31/functions/";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Function<String, LambdaFunction> functions;

    private LambdaInvokeApi(HttpServer server, Function<String, LambdaFunction> functions) {
        this.server = server;
        this.functions = functions;
        this.threads = Executors.newFixedThreadPool(4, LambdaRuntimeApi.daemonThreads("lambda-invoke-api"));
    }

    static LambdaInvokeApi start(int port, Function<String, LambdaFunction> functions) throws IOException {
        HttpServer server = LoopbackHttpServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        LambdaInvokeApi api = new LambdaInvokeApi(server, functions);
        server.createContext(PREFIX, api::handle);
        server.setExecutor(api.threads);
        server.start();
        return api;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!exchange.getRequestMethod().equals("POST") || !path.endsWith("/invocations")) {
                reply(exchange, 404, null, error("ResourceNotFoundException", "no such Lambda API path: " + path));
                return;
            }
            String name = URLDecoder.decode(path.substring(PREFIX.length(), path.length() - "/invocations".length()),
                    StandardCharsets.UTF_8);
            name = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            LambdaFunction function = functions.apply(name);
            if (function == null) {
                reply(exchange, 404, null, error("ResourceNotFoundException", "Function not found: " + name));
                return;
            }
            byte[] payload = exchange.getRequestBody().readAllBytes();
            if ("Event".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"))) {
                function.invoke(payload);
                reply(exchange, 202, null, new byte[0]);
                return;
            }
            Duration limit = function.spec().timeout().plusSeconds(90);
            try {
                reply(exchange, 200, null, function.invoke(payload).get(limit.toMillis(), TimeUnit.MILLISECONDS));
            } catch (ExecutionException failed) {
                byte[] error = failed.getCause() instanceof FunctionError functionError ? functionError.payload()
                        : error("ServiceException", String.valueOf(failed.getCause().getMessage()));
                reply(exchange, 200, "Unhandled", error);
            } catch (TimeoutException slow) {
                reply(exchange, 200, "Unhandled", error("Sandbox.Timedout", "no answer within " + limit.toSeconds() + " s"));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                reply(exchange, 503, null, error("ServiceException", "the local stack is stopping"));
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String functionError, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-Amz-Executed-Version", "$LATEST");
        if (functionError != null) {
            exchange.getResponseHeaders().set("X-Amz-Function-Error", functionError);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] error(String type, String message) {
        return ("{\"errorType\":\"" + type + "\",\"errorMessage\":\"" + message.replace("\\", "\\\\").replace("\"", "'")
                + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
