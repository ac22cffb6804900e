package dev.edgarlive.query;

/**
 * What a response body costs in Lambda's response payload, which may not pass 6 MB (6,291,456 bytes; a larger one
 * fails the invocation and API Gateway answers a bare 500).
 *
 * <p>The function hands API Gateway a JSON document whose {@code body} member holds the response body as a JSON
 * string (bodies of JSON media types are not base64-encoded). Our bodies are UTF-8 JSON written by Jackson, which
 * leaves characters of the Basic Multilingual Plane as they are, and already escapes control characters and the
 * halves of surrogate pairs (emoji) inside strings; so in the payload each body byte stays one byte except
 * {@code "} and {@code \}, which gain a backslash. Raw control bytes (none in Jackson's output) are counted as the
 * six bytes of an escape.
 */
final class LambdaPayload {

    /** Lambda's limit on a synchronous invocation's response. */
    static final long LIMIT = 6L * 1024 * 1024;
    /**
     * The most a body may cost: the rest of the limit (291,456 bytes) is left to the status, the headers (a few
     * hundred bytes, all set by this function) and the payload's own JSON.
     */
    static final long MAX_BODY = 6_000_000;

    private LambdaPayload() {
    }

    /** The bytes the body takes in the payload, escapes included. */
    static long bodyBytes(byte[] body) {
        long bytes = body.length;
        for (byte b : body) {
            if (b == '"' || b == '\\') {
                bytes++;
            } else if (b >= 0 && b < 0x20) {
                bytes += 5;
            }
        }
        return bytes;
    }

    static boolean fits(byte[] body) {
        return body.length <= MAX_BODY && bodyBytes(body) <= MAX_BODY;
    }

    /**
     * What a string costs in the payload once written as a JSON string value in a body, before serializing it:
     * Jackson's escapes in the body, then the payload's escapes of those.
     */
    static long stringBytes(String value) {
        long bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                bytes += 4;             // \" in the body, \\\" in the payload
            } else if (c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
                bytes += 3;             // \n in the body, \\n in the payload
            } else if (c < 0x20) {
                bytes += 7;             // a six-character escape in the body, one more backslash in the payload
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isSurrogate(c)) {
                bytes += 7;             // Jackson writes each half of a pair as a six-character escape
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
