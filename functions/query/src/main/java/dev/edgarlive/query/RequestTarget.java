package dev.edgarlive.query;

import java.nio.charset.StandardCharsets;

/**
 * Makes the path and query that API Gateway hands over a valid request target (RFC 3986), whatever the client
 * sent. HTTP APIs percent-decode {@code rawPath} before the function sees it: a request for {@code /filings/a%20b}
 * arrives as {@code /filings/a b}, and a decoded space, control character or {@code "} in the request line made the
 * HTTP layer inside the function fail (a bare 500 or an empty 400) before any of our code could answer. Every
 * character that may not stand raw in a path (or a query) is percent-encoded as UTF-8 here; a {@code %} that starts
 * a valid escape is kept, so a path that arrives still encoded (REST APIs, function URLs, the local stack) is left
 * as it is.
 */
final class RequestTarget {

    private static final String HEX = "0123456789ABCDEF";

    private RequestTarget() {
    }

    /**
     * The path with everything a path may not hold raw percent-encoded ({@code ?} and {@code #} included), starting
     * with exactly one {@code /}: a target that starts with {@code //} reads as a host name ({@code //x/filings} is
     * the path {@code /filings} on host {@code x}), which the HTTP layer refused with an empty 400.
     */
    static String path(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return encode("/" + path.substring(start), false);
    }

    /** The query with everything a query may not hold raw percent-encoded ({@code &} and {@code =} kept). */
    static String query(String rawQuery) {
        return rawQuery == null ? null : encode(rawQuery, true);
    }

    /**
     * A header value without control characters (tab excepted), which HTTP does not allow in one and which made
     * the HTTP layer refuse the whole request with a 500.
     */
    static String headerValue(String value) {
        if (value == null || value.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length());
        value.chars().filter(c -> !(c < 0x20 && c != '\t' || c == 0x7f)).forEach(c -> clean.append((char) c));
        return clean.toString();
    }

    private static String encode(String value, boolean query) {
        if (isClean(value, query)) {
            return value;
        }
        StringBuilder target = new StringBuilder(value.length() + 16);
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i] & 0xff;
            if (b == '%' && i + 2 < utf8.length && isHex(utf8[i + 1]) && isHex(utf8[i + 2])) {
                target.append('%');
            } else if (b < 0x80 && allowed((char) b, query)) {
                target.append((char) b);
            } else {
                target.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xf));
            }
        }
        return target.toString();
    }

    private static boolean isClean(String value, boolean query) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length() || !isHex((byte) value.charAt(i + 1)) || !isHex((byte) value.charAt(i + 2))) {
                    return false;
                }
            } else if (c >= 0x80 || !allowed(c, query)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3986 pchar (unreserved, sub-delims, ':' and '@') and '/'; a query also allows '?'. */
    private static boolean allowed(char c, boolean query) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0 || query && c == '?';
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }
}
