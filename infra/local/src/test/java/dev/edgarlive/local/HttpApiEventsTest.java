package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HttpApiEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpRoute PROXY = new HttpRoute("GET", "/{proxy+}", "QueryFunction");

    @Test
    void mapsARequestToAVersion2Event() throws Exception {
        ApiRequest request = new ApiRequest("GET", "/filings/0001%2F2", "form=8-K&item=2.02&item=5.02&q=a+b",
                Map.of("Host", List.of("localhost:8080"), "Accept", List.of("application/json", "text/plain"),
                        "Cookie", List.of("a=1; b=2"), "User-Agent", List.of("curl/8")),
                new byte[0], "127.0.0.1");

        JsonNode event = JSON.readTree(HttpApiEvents.event(request, PROXY, Map.of("proxy", "filings/0001%2F2"),
                "req-1", Instant.parse("2026-11-27T17:00:00Z")));

        assertThat(event.path("version").asText()).isEqualTo("2.0");
        assertThat(event.path("routeKey").asText()).isEqualTo("GET /{proxy+}");
        assertThat(event.path("rawPath").asText()).isEqualTo("/filings/0001%2F2");
        assertThat(event.path("rawQueryString").asText()).isEqualTo("form=8-K&item=2.02&item=5.02&q=a+b");
        assertThat(event.path("queryStringParameters").path("item").asText()).isEqualTo("2.02,5.02");
        assertThat(event.path("queryStringParameters").path("q").asText()).isEqualTo("a b");
        assertThat(event.path("pathParameters").path("proxy").asText()).isEqualTo("filings/0001/2");
        assertThat(event.path("headers").path("accept").asText()).isEqualTo("application/json,text/plain");
        assertThat(event.path("headers").has("cookie")).isFalse();
        assertThat(event.path("cookies")).extracting(JsonNode::asText).containsExactly("a=1", "b=2");
        JsonNode http = event.path("requestContext").path("http");
        assertThat(http.path("method").asText()).isEqualTo("GET");
        assertThat(http.path("path").asText()).isEqualTo("/filings/0001%2F2");
        assertThat(http.path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(http.path("userAgent").asText()).isEqualTo("curl/8");
        assertThat(event.path("requestContext").path("requestId").asText()).isEqualTo("req-1");
        assertThat(event.path("requestContext").path("stage").asText()).isEqualTo("$default");
        assertThat(event.path("requestContext").path("timeEpoch").asLong()).isEqualTo(1795798800000L);
        assertThat(event.has("body")).isFalse();
        assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void sendsTextBodiesAsTextAndOthersAsBase64() throws Exception {
        byte[] binary = {(byte) 0xff, 0, 1};
        JsonNode text = JSON.readTree(HttpApiEvents.event(request("application/json", "{\"a\":1}".getBytes()),
                PROXY, Map.of(), "r", Instant.now()));
        JsonNode bytes = JSON.readTree(HttpApiEvents.event(request("application/octet-stream", binary),
                PROXY, Map.of(), "r", Instant.now()));

        assertThat(text.path("body").asText()).isEqualTo("{\"a\":1}");
        assertThat(text.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(Base64.getDecoder().decode(bytes.path("body").asText())).isEqualTo(binary);
        assertThat(bytes.path("isBase64Encoded").asBoolean()).isTrue();
    }

    @Test
    void writesBackStatusHeadersCookiesAndBody() {
        ApiResponse response = HttpApiEvents.response(("{\"statusCode\":404,\"headers\":{\"Content-Type\":"
                + "\"application/problem+json\"},\"multiValueHeaders\":{\"Vary\":[\"Accept\",\"Origin\"]},"
                + "\"cookies\":[\"s=1\"],\"body\":\"{\\\"title\\\":\\\"Not Found\\\"}\",\"isBase64Encoded\":false}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers()).containsEntry("content-type", List.of("application/problem+json"))
                .containsEntry("vary", List.of("Accept", "Origin")).containsEntry("set-cookie", List.of("s=1"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"title\":\"Not Found\"}");
    }

    @Test
    void dropsTheFunctionsFramingHeadersAsApiGatewayFramesTheResponseItself() {
        ApiResponse response = HttpApiEvents.response(("{\"statusCode\":200,\"headers\":{\"content-length\":\"2\","
                + "\"Connection\":\"keep-alive\",\"etag\":\"x\"},\"body\":\"{}\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(response.headers()).containsOnlyKeys("etag");
    }

    @Test
    void decodesABase64Body() {
        ApiResponse response = HttpApiEvents.response(
                "{\"statusCode\":200,\"body\":\"/wAB\",\"isBase64Encoded\":true}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.body()).containsExactly(0xff, 0, 1);
    }

    @Test
    void infersA200JsonResponseForAResultWithoutStatusCode() {
        ApiResponse response = HttpApiEvents.response("{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("content-type", List.of("application/json"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"x\"}");
    }

    @Test
    void routesMatchLikeApiGateway() {
        assertThat(PROXY.match("GET", "/filings/1")).contains(Map.of("proxy", "filings/1"));
        assertThat(PROXY.match("GET", "/")).isEmpty();
        assertThat(PROXY.match("POST", "/filings/1")).isEmpty();
        assertThat(new HttpRoute("GET", "/", "Q").match("GET", "/")).contains(Map.of());
        assertThat(new HttpRoute("GET", "/filings/{id}", "Q").match("GET", "/filings/7")).contains(Map.of("id", "7"));
        assertThat(new HttpRoute("GET", "/filings/{id}", "Q").match("GET", "/filings/7/items")).isEmpty();
    }

    private static ApiRequest request(String contentType, byte[] body) {
        return new ApiRequest("GET", "/x", "", Map.of("Content-Type", List.of(contentType)), body, "127.0.0.1");
    }
}
