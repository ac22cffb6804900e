package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * API Gateway HTTP API's payload format 2.0, both ways: a request becomes the event the function receives, and the
 * function's result becomes the HTTP response, including API Gateway's inference for a result that is not a
 * {statusCode, headers, body} object.
 */
final class HttpApiEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FRAMING_HEADERS = List.of("content-length", "transfer-encoding", "connection");
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpApiEvents() {
    }

    /** The event for a request that matched {@code route} with {@code pathParameters}. */
    static byte[] event(ApiRequest request, HttpRoute route, Map<String, String> pathParameters, String requestId,
                        Instant now) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", route.routeKey());
        event.put("rawPath", request.rawPath());
        event.put("rawQueryString", request.rawQuery());

        List<String> cookies = new ArrayList<>();
        ObjectNode headers = event.putObject("headers");
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(value -> cookies.addAll(List.of(value.split(";\\s*"))));
            } else {
                headers.put(lower, String.join(",", values));
            }
        });
        if (!cookies.isEmpty()) {
            ArrayNode cookieArray = event.putArray("cookies");
            cookies.forEach(cookieArray::add);
        }
        Map<String, String> query = queryParameters(request.rawQuery());
        if (!query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach(parameters::put);
        }
        if (!pathParameters.isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            pathParameters.forEach((name, value) -> parameters.put(name, decode(value, false)));
        }

        String host = headers.path("host").asText("localhost");
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("domainName", host);
        context.put("domainPrefix", host.contains(".") ? host.substring(0, host.indexOf('.')) : host.split(":")[0]);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", request.rawPath());
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", request.sourceIp());
        http.put("userAgent", headers.path("user-agent").asText(""));
        context.put("requestId", requestId);
        context.put("routeKey", route.routeKey());
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());

        byte[] body = request.body();
        if (body.length > 0) {
            String text = utf8Text(body, headers.path("content-type").asText(""));
            event.put("body", text != null ? text : Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", text == null);
        } else {
            event.put("isBase64Encoded", false);
        }
        return bytes(event);
    }

    /** The HTTP response for the function's result, as API Gateway makes it. */
    static ApiResponse response(byte[] payload) {
        JsonNode result;
        try {
            result = JSON.readTree(payload);
        } catch (IOException notJson) {
            result = null;
        }
        if (result == null || !result.isObject() || !result.has("statusCode")) {
            // API Gateway's inference: anything else is a 200 with the payload as a JSON body.
            return new ApiResponse(200, Map.of("content-type", List.of("application/json")), payload);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        // API Gateway frames the response itself: the function's own length and connection headers are dropped.
        result.path("headers").fields().forEachRemaining(header ->
                headers.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(header.getValue().asText()));
        result.path("multiValueHeaders").fields().forEachRemaining(header -> {
            List<String> values = headers.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            header.getValue().forEach(value -> {
                if (!values.contains(value.asText())) {
                    values.add(value.asText());
                }
            });
        });
        FRAMING_HEADERS.forEach(headers::remove);
        result.path("cookies").forEach(cookie ->
                headers.computeIfAbsent("set-cookie", k -> new ArrayList<>()).add(cookie.asText()));
        String body = result.path("body").asText("");
        byte[] bytes = result.path("isBase64Encoded").asBoolean(false)
                ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return new ApiResponse(result.path("statusCode").asInt(), headers, bytes);
    }

    /** Decoded query parameters; a repeated name keeps all its values, comma-separated, as API Gateway does. */
    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            parameters.merge(name, value, (first, next) -> first + "," + next);
        }
        return parameters;
    }

    /** Text bodies travel as text; anything else (or bytes that are not UTF-8) as base64. */
    private static String utf8Text(byte[] body, String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        boolean textual = type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("x-www-form-urlencoded") || type.contains("javascript");
        if (!textual) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static String decode(String value, boolean plusIsSpace) {
        String escaped = plusIsSpace ? value : value.replace("+", "%2B");
        try {
            return URLDecoder.decode(escaped, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // A stray '%' is passed on as sent rather than refused.
            return value;
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException cannotHappen) {
            throw new IllegalStateException("a JSON tree could not be written", cannotHappen);
        }
    }
}
