package dev.edgarlive.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The Lambda Runtime API (version 2018-06-01) for one function's execution environment: the HTTP interface a
 * Lambda runtime polls for its next event and answers with a response or an error.
 *
 * <p>As on Lambda, an environment handles one invocation at a time: events wait in a queue until the runtime asks
 * for the next one, and the function's timeout runs from that moment, not from the call to {@link #invoke}. The
 * runtime's first request for an event is the end of its initialisation, which {@link #ready()} reports.
 */
public final class LambdaRuntimeApi implements AutoCloseable {

    static final String PREFIX = "/2018-06-01/runtime";
    private static final String INVOCATION = PREFIX + "/invocation/";
    private static final String INIT_ERROR = PREFIX + "/init/error";
    /** How long a runtime's request for the next event is held before it is told to ask again. */
    private static final Duration NEXT_POLL_SLICE = Duration.ofMillis(500);

    private final String functionName;
    private final Duration timeout;
    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final ScheduledExecutorService deadlines;
    private final BlockingQueue<Invocation> waiting = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> running = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile Duration lastDuration;
    private volatile int completed;
    private volatile boolean closed;

    private LambdaRuntimeApi(String functionName, Duration timeout, HttpServer server) {
        this.functionName = functionName;
        this.timeout = timeout;
        this.server = server;
        this.requestThreads = Executors.newCachedThreadPool(daemonThreads(functionName + "-runtime-api"));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(daemonThreads(functionName + "-deadline"));
    }

    /** Serves the Runtime API of the function {@code functionName} on a free loopback port. */
    public static LambdaRuntimeApi start(String functionName, Duration timeout) throws IOException {
        HttpServer server = LoopbackHttpServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        LambdaRuntimeApi api = new LambdaRuntimeApi(functionName, timeout, server);
        server.createContext(PREFIX, api::handle);
        server.setExecutor(api.requestThreads);
        server.start();
        return api;
    }

    /** host:port, the value of AWS_LAMBDA_RUNTIME_API for the function's runtime. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Completes when the runtime has initialised and asks for its first event; fails on an init error. */
    public CompletableFuture<Void> ready() {
        return ready;
    }

    /**
     * Queues one event for the function. The future completes with the function's response payload, or fails
     * with a {@link FunctionError} when the function reports an error, times out, or its runtime goes away.
     */
    public CompletableFuture<byte[]> invoke(byte[] event) {
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), event.clone());
        if (closed) {
            invocation.result.completeExceptionally(FunctionError.unavailable(functionName, "the runtime is stopped"));
            return invocation.result;
        }
        waiting.add(invocation);
        return invocation.result;
    }

    /**
     * How long the last answered invocation ran, from the runtime taking the event to its answer (what Lambda
     * reports as Duration); empty before the first answer.
     */
    public java.util.Optional<Duration> lastDuration() {
        return java.util.Optional.ofNullable(lastDuration);
    }

    /** How many invocations this environment has answered (a response or an error). */
    public int completedInvocations() {
        return completed;
    }

    /** Fails every queued and running invocation, for instance because the function's process has exited. */
    public void abandonAll(String reason) {
        FunctionError error = FunctionError.unavailable(functionName, reason);
        ready.completeExceptionally(error);
        running.values().forEach(invocation -> invocation.result.completeExceptionally(error));
        running.clear();
        for (Invocation invocation = waiting.poll(); invocation != null; invocation = waiting.poll()) {
            invocation.result.completeExceptionally(error);
        }
    }

    @Override
    public void close() {
        closed = true;
        abandonAll("the runtime is stopped");
        server.stop(0);
        requestThreads.shutdownNow();
        deadlines.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if ("GET".equals(method) && path.equals(INVOCATION + "next")) {
                handOutNextEvent(exchange);
            } else if ("POST".equals(method) && path.startsWith(INVOCATION) && path.endsWith("/response")) {
                complete(exchange, requestIdOf(path, "/response"), false);
            } else if ("POST".equals(method) && path.startsWith(INVOCATION) && path.endsWith("/error")) {
                complete(exchange, requestIdOf(path, "/error"), true);
            } else if ("POST".equals(method) && path.equals(INIT_ERROR)) {
                recordInitError(exchange);
            } else {
                reply(exchange, 404, "{\"errorType\":\"NotFound\",\"errorMessage\":\"no such Runtime API path\"}");
            }
        }
    }

    /** Holds the request until an event is queued, as Lambda does while an environment is idle. */
    private void handOutNextEvent(HttpExchange exchange) throws IOException {
        ready.complete(null);
        Invocation next = null;
        try {
            while (next == null && !closed) {
                next = waiting.poll(NEXT_POLL_SLICE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        if (next == null) {
            // Stopping: the runtime's process is about to be ended too.
            reply(exchange, 500, "{\"errorType\":\"Runtime.Stopped\",\"errorMessage\":\"the environment is stopping\"}");
            return;
        }
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        next.handedOutNanos = System.nanoTime();
        running.put(next.requestId, next);
        Invocation started = next;
        deadlines.schedule(() -> timeOut(started), timeout.toMillis(), TimeUnit.MILLISECONDS);

        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", next.requestId);
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn());
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", traceHeader(next.requestId));
        reply(exchange, 200, next.event);
    }

    private void complete(HttpExchange exchange, String requestId, boolean isError) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Invocation invocation = running.remove(requestId);
        if (invocation == null) {
            reply(exchange, 400, "{\"errorType\":\"InvalidRequestID\",\"errorMessage\":\"unknown or finished request id\"}");
            return;
        }
        lastDuration = Duration.ofNanos(System.nanoTime() - invocation.handedOutNanos);
        completed++;
        if (isError) {
            String errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
            invocation.result.completeExceptionally(FunctionError.reported(functionName, errorType, body));
        } else {
            invocation.result.complete(body);
        }
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private void recordInitError(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        FunctionError error = FunctionError.reported(functionName, errorType, body);
        ready.completeExceptionally(error);
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private void timeOut(Invocation invocation) {
        if (running.remove(invocation.requestId) != null) {
            invocation.result.completeExceptionally(FunctionError.timedOut(functionName, timeout));
        }
    }

    private String functionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
    }

    /** An X-Ray trace header, not sampled: nothing collects traces locally, but runtimes expect the header. */
    private static String traceHeader(String requestId) {
        String traceId = Long.toHexString(System.currentTimeMillis() / 1000) + "-"
                + requestId.replace("-", "").substring(0, 24);
        return "Root=1-" + traceId + ";Parent=0000000000000000;Sampled=0";
    }

    private static String requestIdOf(String path, String suffix) {
        return path.substring(INVOCATION.length(), path.length() - suffix.length());
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One event on its way through the function. */
    private static final class Invocation {
        final String requestId;
        final byte[] event;
        final CompletableFuture<byte[]> result = new CompletableFuture<>();
        volatile long handedOutNanos;

        Invocation(String requestId, byte[] event) {
            this.requestId = requestId;
            this.event = event;
        }
    }
}
