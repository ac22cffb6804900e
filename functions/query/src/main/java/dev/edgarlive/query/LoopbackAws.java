package dev.edgarlive.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * DynamoDB and S3 as seen by an SDK client, answered inside this process on 127.0.0.1 at a port of the system's
 * choosing, for priming: a client pointed here runs the whole request path of a real call (marshalling, signing,
 * the URL connection HTTP client and its sockets, unmarshalling), which in-memory canned clients skip.
 *
 * <p>DynamoDB calls are answered by a {@link StubTable}; every S3 call with 404 NoSuchKey (the priming filing keeps
 * its texts in its rows). Every response says {@code Connection: close}, so the JDK's HTTP client keeps no idle
 * connection to this port in its keep-alive cache once a call is done: nothing of the stub outlives {@link #close},
 * which stops the server before init ends, so a snapshot holds neither a socket nor a thread of it.
 */
final class LoopbackAws implements AutoCloseable {

    private static final String DYNAMO_TARGET = "DynamoDB_20120810.";
    private static final byte[] NO_SUCH_KEY = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
            + "<Message>The specified key does not exist.</Message></Error>").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final StubTable table;
    private final ObjectMapper json;

    private LoopbackAws(HttpServer server, StubTable table, ObjectMapper json) {
        this.server = server;
        this.table = table;
        this.json = json;
    }

    /** Starts answering, from a dispatcher thread of the server's own, until {@link #close}. */
    static LoopbackAws start(StubTable table, ObjectMapper json) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackAws stub = new LoopbackAws(server, table, json);
        server.createContext("/", stub::answer);
        server.start();
        return stub;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] request = in.readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            exchange.getResponseHeaders().set("Connection", "close");
            if (target != null && target.startsWith(DYNAMO_TARGET)) {
                JsonNode call = json.readTree(request.length == 0 ? new byte[]{'{', '}'} : request);
                byte[] body = json.writeValueAsBytes(table.answer(target.substring(DYNAMO_TARGET.length()), call));
                exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
                // DynamoDB's checksum of the body, which the SDK verifies as it reads a real response.
                exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc32(body)));
                send(exchange, 200, body);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "application/xml");
                send(exchange, 404, NO_SUCH_KEY);
            }
        }
    }

    private static long crc32(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return crc.getValue();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops the server at once: no exchange is in flight, as every call was answered before its client returned. */
    @Override
    public void close() {
        server.stop(0);
    }
}
