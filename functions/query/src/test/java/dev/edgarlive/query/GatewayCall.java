package dev.edgarlive.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.edgarlive.emulator.ProjectFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * One request as API Gateway's HTTP API hands it to the function: a payload 2.0 event posted to Quarkus's mock
 * Lambda event server, and the Lambda response the function returned, byte for byte. Going through the event
 * (rather than an HTTP client) lets a test send what only API Gateway sends: a path that is already
 * percent-decoded (HTTP APIs decode {@code rawPath}), raw characters no HTTP client would put on the wire, and
 * duplicated query parameters joined with commas in {@code queryStringParameters}.
 */
final class GatewayCall {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String rawPath;
    private final String rawQueryString;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private GatewayCall(String rawPath, String rawQueryString) {
        this.rawPath = rawPath;
        this.rawQueryString = rawQueryString == null ? "" : rawQueryString;
    }

    static GatewayCall get(String rawPath, String rawQueryString) {
        return new GatewayCall(rawPath, rawQueryString);
    }

    GatewayCall header(String name, String value) {
        headers.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    /** The event as API Gateway would send it. */
    String event() {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(ProjectFiles.event("http-get-filing.json"));
            event.put("rawPath", rawPath);
            event.put("rawQueryString", rawQueryString);
            ((ObjectNode) event.path("requestContext").path("http")).put("path", rawPath);
            ObjectNode eventHeaders = (ObjectNode) event.path("headers");
            headers.forEach(eventHeaders::put);
            Map<String, String> parameters = queryStringParameters(rawQueryString);
            if (!parameters.isEmpty()) {
                ObjectNode node = event.putObject("queryStringParameters");
                parameters.forEach(node::put);
            }
            return JSON.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply send() {
        String responseJson = given().contentType("application/json").body(event())
                .when().post("/_lambda_")
                .then().statusCode(200).extract().asString();
        try {
            JsonNode response = JSON.readTree(responseJson);
            Map<String, String> replyHeaders = new LinkedHashMap<>();
            response.path("headers").fields().forEachRemaining(h ->
                    replyHeaders.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().asText()));
            response.path("multiValueHeaders").fields().forEachRemaining(h ->
                    replyHeaders.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue().path(0).asText()));
            String body = response.path("body").asText("");
            if (response.path("isBase64Encoded").asBoolean(false)) {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            }
            return new Reply(response.path("statusCode").asInt(), replyHeaders, body,
                    responseJson.getBytes(StandardCharsets.UTF_8).length);
        } catch (IOException e) {
            throw new UncheckedIOException("the function's Lambda response is not JSON: " + responseJson, e);
        }
    }

    /** What HTTP API puts in queryStringParameters: decoded values, those of a repeated name joined by commas. */
    private static Map<String, String> queryStringParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = lenientDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : lenientDecode(pair.substring(eq + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String lenientDecode(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s;
        }
    }

    /** What API Gateway's 10,240-byte quota counts: the request line and the header values. */
    int requestBytes() {
        int bytes = ("GET " + rawPath + "?" + rawQueryString + " HTTP/1.1").getBytes(StandardCharsets.UTF_8).length;
        for (String value : headers.values()) {
            bytes += value.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    /** The path with ids and values replaced, for grouping: {@code /filings/{segment}/items/{segment}}. */
    String endpoint() {
        String[] segments = rawPath.split("/", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            b.append('/').append(segments[i].matches("filings|companies|stats|daily|failures|items|exhibits")
                    ? segments[i] : "{segment}");
        }
        return b.length() == 0 ? "/" : b.toString();
    }

    @Override
    public String toString() {
        return "GET rawPath=" + Fuzz.printable(rawPath) + " rawQueryString=" + Fuzz.printable(rawQueryString)
                + (headers.isEmpty() ? "" : " headers=" + Fuzz.printable(headers.toString()));
    }

    /**
     * @param lambdaResponseBytes the size of the whole Lambda response: what Lambda's 6 MB payload limit applies to
     */
    record Reply(int status, Map<String, String> headers, String body, long lambdaResponseBytes) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + Fuzz.printable(body), e);
            }
        }
    }
}
