package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP API's CorsConfiguration, applied as API Gateway applies it: it answers preflight requests itself, adds
 * the CORS headers to every response for an allowed origin, and ignores any CORS headers the function returns.
 */
record CorsRules(List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders,
                 List<String> exposeHeaders, Optional<Integer> maxAge, boolean allowCredentials) {

    CorsRules {
        allowOrigins = List.copyOf(allowOrigins);
        allowMethods = List.copyOf(allowMethods);
        allowHeaders = List.copyOf(allowHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
    }

    /** Reads an evaluated CorsConfiguration. */
    static CorsRules of(JsonNode configuration) {
        return new CorsRules(texts(configuration.path("AllowOrigins")), texts(configuration.path("AllowMethods")),
                texts(configuration.path("AllowHeaders")), texts(configuration.path("ExposeHeaders")),
                configuration.has("MaxAge") ? Optional.of(configuration.path("MaxAge").asInt()) : Optional.empty(),
                configuration.path("AllowCredentials").asBoolean(false));
    }

    /** A browser's preflight: OPTIONS with an Origin and the method it means to use. */
    static boolean isPreflight(ApiRequest request) {
        return request.method().equals("OPTIONS") && header(request, "origin").isPresent()
                && header(request, "access-control-request-method").isPresent();
    }

    /** API Gateway's answer to a preflight: 204, with the CORS headers when the origin is allowed. */
    ApiResponse preflight(ApiRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        header(request, "origin").filter(this::allows).ifPresent(origin -> {
            headers.put("access-control-allow-origin", List.of(allowOrigins.contains("*") ? "*" : origin));
            headers.put("access-control-allow-methods", List.of(String.join(",", allowMethods)));
            if (!allowHeaders.isEmpty()) {
                headers.put("access-control-allow-headers", List.of(String.join(",", allowHeaders)));
            }
            maxAge.ifPresent(seconds -> headers.put("access-control-max-age", List.of(Integer.toString(seconds))));
            if (allowCredentials) {
                headers.put("access-control-allow-credentials", List.of("true"));
            }
        });
        return new ApiResponse(204, headers, new byte[0]);
    }

    /** The function's response with its own CORS headers replaced by the API's. */
    ApiResponse apply(ApiRequest request, ApiResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach((name, values) -> {
            if (!name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
                headers.put(name, values);
            }
        });
        header(request, "origin").filter(this::allows).ifPresent(origin -> {
            headers.put("access-control-allow-origin", List.of(allowOrigins.contains("*") ? "*" : origin));
            if (!exposeHeaders.isEmpty()) {
                headers.put("access-control-expose-headers", List.of(String.join(",", exposeHeaders)));
            }
            if (allowCredentials) {
                headers.put("access-control-allow-credentials", List.of("true"));
            }
        });
        return new ApiResponse(response.status(), headers, response.body());
    }

    boolean allows(String origin) {
        return allowOrigins.contains("*") || allowOrigins.stream().anyMatch(origin::equalsIgnoreCase);
    }

    private static Optional<String> header(ApiRequest request, String name) {
        return request.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty())
                .map(header -> header.getValue().get(0)).findFirst();
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> texts.add(element.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            texts.add(node.asText());
        }
        return texts;
    }
}
