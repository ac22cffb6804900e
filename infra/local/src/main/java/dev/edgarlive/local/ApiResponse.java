package dev.edgarlive.local;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What the local API sends back: status, headers (a name may repeat, as Set-Cookie does) and body bytes. */
public record ApiResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** API Gateway's own answers (no route, function failed): a one-field JSON message. */
    static ApiResponse gatewayMessage(int status, String message) {
        return new ApiResponse(status, Map.of("content-type", List.of("application/json")),
                ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
