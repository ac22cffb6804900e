package dev.edgarlive.local;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One route of the HTTP API, as a function's HttpApi event declares it: {@code GET /}, {@code GET /{proxy+}}.
 *
 * @param function logical id of the function the route invokes
 */
public record HttpRoute(String method, String path, String function) {

    /** API Gateway's name for the route, which it also puts in the event: "GET /{proxy+}". */
    public String routeKey() {
        return method + " " + path;
    }

    /**
     * Whether a request matches, and with which path parameters. A greedy {@code {name+}} takes the rest of the
     * path; {@code {name}} takes one segment; anything else must be equal.
     */
    public Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        if (!method.equalsIgnoreCase(requestMethod) && !method.equalsIgnoreCase("ANY")) {
            return Optional.empty();
        }
        String[] pattern = segments(path);
        String[] actual = segments(requestPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String segment = pattern[i];
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                if (i >= actual.length) {
                    return Optional.empty();
                }
                String rest = String.join("/", Arrays.copyOfRange(actual, i, actual.length));
                parameters.put(segment.substring(1, segment.length() - 2), rest);
                return Optional.of(parameters);
            }
            if (i >= actual.length) {
                return Optional.empty();
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                parameters.put(segment.substring(1, segment.length() - 1), actual[i]);
            } else if (!segment.equals(actual[i])) {
                return Optional.empty();
            }
        }
        return pattern.length == actual.length ? Optional.of(parameters) : Optional.empty();
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
