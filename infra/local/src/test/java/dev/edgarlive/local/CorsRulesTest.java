package dev.edgarlive.local;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CorsRulesTest {

    private final CorsRules rules = new CorsRules(List.of("http://localhost:3000"), List.of("GET", "OPTIONS"),
            List.of("authorization", "if-none-match"), List.of("etag"), Optional.of(600), false);

    @Test
    void answersAPreflightFromAnAllowedOrigin() {
        ApiRequest preflight = request("OPTIONS", "http://localhost:3000", "GET");

        assertThat(CorsRules.isPreflight(preflight)).isTrue();
        ApiResponse response = rules.preflight(preflight);
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.headers()).containsEntry("access-control-allow-origin", List.of("http://localhost:3000"))
                .containsEntry("access-control-allow-methods", List.of("GET,OPTIONS"))
                .containsEntry("access-control-allow-headers", List.of("authorization,if-none-match"))
                .containsEntry("access-control-max-age", List.of("600"));
    }

    @Test
    void givesNoCorsHeadersToAnOriginNotAllowed() {
        ApiResponse response = rules.preflight(request("OPTIONS", "https://evil.example", "GET"));

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.headers()).isEmpty();
    }

    @Test
    void replacesTheFunctionsCorsHeadersWithTheApis() {
        ApiResponse fromFunction = new ApiResponse(200, Map.of("etag", List.of("\"x\""),
                "access-control-allow-origin", List.of("*")), "{}".getBytes(StandardCharsets.UTF_8));

        ApiResponse allowed = rules.apply(request("GET", "http://localhost:3000", null), fromFunction);
        ApiResponse other = rules.apply(request("GET", "https://evil.example", null), fromFunction);

        assertThat(allowed.headers()).containsEntry("access-control-allow-origin", List.of("http://localhost:3000"))
                .containsEntry("access-control-expose-headers", List.of("etag")).containsKey("etag");
        assertThat(other.headers()).containsOnlyKeys("etag");
    }

    @Test
    void aPlainOptionsRequestIsNoPreflight() {
        assertThat(CorsRules.isPreflight(request("OPTIONS", null, null))).isFalse();
        assertThat(CorsRules.isPreflight(request("GET", "http://localhost:3000", "GET"))).isFalse();
    }

    private static ApiRequest request(String method, String origin, String requestMethod) {
        Map<String, List<String>> headers = new HashMap<>();
        if (origin != null) {
            headers.put("Origin", List.of(origin));
        }
        if (requestMethod != null) {
            headers.put("Access-Control-Request-Method", List.of(requestMethod));
        }
        return new ApiRequest(method, "/filings/x", "", headers, new byte[0], "127.0.0.1");
    }
}
