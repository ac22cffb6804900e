package dev.edgarlive.local;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as it reached the local API, before API Gateway's mapping.
 *
 * @param rawPath  the path exactly as sent, percent-encoding included
 * @param rawQuery the query string exactly as sent, without '?'; "" when there is none
 * @param headers  header names as sent, with every value of each
 */
public record ApiRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                         byte[] body, String sourceIp) {

    public ApiRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
