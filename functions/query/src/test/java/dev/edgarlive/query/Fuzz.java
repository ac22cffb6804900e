package dev.edgarlive.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for request parameters and path segments, drawn from a seeded {@link Random} so that a failing
 * request can be replayed: the families below are the ones that broke (or could break) a parameter's parsing,
 * a key built from it, a regex, a response or the URL handling on the way in.
 */
final class Fuzz {

    private static final List<String> FIXED = List.of(
            // empty and blank
            "", " ", "\t", "   \n ",
            // dates out of range or in the wrong shape (+999999999-12-31 parsed and then overflowed: a 500)
            "+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01", "0000-00-00", "9999-12-31",
            "0001-01-01", "2024-02-30", "2024-13-01", "2024-1-1", "20240101", "2024-01-01T00:00:00Z", "2024/01/01",
            "２０２４-０１-０１", "٢٠٢٤-٠١-٠١", "1970-01-01 ", " 2024-01-01",
            // numbers at the edges
            "0", "-0", "-1", "1", "+1", "01", "500", "501", "2147483647", "2147483648", "-2147483648",
            "9223372036854775807", "9223372036854775808", "1e3", "0x10", "5.0", "NaN", "Infinity", "٥", "５",
            "99999999999999999999999999999999",
            // CIK-like and id-like near misses
            "0000719413", "00000719413", "719413", "0000000000-00-000000", "sha256-", "sha256-XYZ",
            "0000719413-00-00003", "sha256-87eed33c2b6fca1e6e8943babf15648", "SHA256-87EED33C2B6FCA1E6E8943BABF15648A",
            // paths
            "..", "../..", ".", "./", "%2e%2e", "..%2F..", "a/b", "a%2Fb", "a%2fb", "/", "//", "\\", "..\\..",
            "%", "%%", "%zz", "%u0041", "%00", "%ff", "%c0%af",
            // SQL, JSON, HTML, templates, format strings
            "' OR '1'='1", "'; DROP TABLE filings; --", "\" OR 1=1 --", "{\"a\":1}", "[", "]", "{", "null", "true",
            "\"", "\\\"", "<script>alert(1)</script>", "&amp;", "&#0;", "<!--", "${jndi:ldap://x/a}", "{{7*7}}",
            "#{1}", "%s%s%n", "%d", "#", "?", "&", "=", "+", ";", ",", "|", "*", "~", "!", "@",
            // DynamoDB key syntax and our own separators
            "FILING#x", "META", "TEXT#ITEM#0001", "COMPANY#0000719413", "8-K#0", "2.02#1", "~", "!", "\n",
            // unicode
            "\u00e9", "8\u2011K", "８-Ｋ", "8-k", "\u202e8-K", "\u200b", "\ufeff8-K", "\ud83d\ude00", "\u0301",
            "\u0130", "\u2028", "\uffff", "\ufffd", "日本語",
            // control characters
            "\u0000", "\u0001", "\u001b[31m", "\u007f", "\r\n", "a\u0000b");

    private Fuzz() {
    }

    /** One hostile value. */
    static String hostile(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> huge(random);
            case 1 -> randomChars(random, 1 + random.nextInt(40));
            case 2 -> FIXED.get(random.nextInt(FIXED.size())) + FIXED.get(random.nextInt(FIXED.size()));
            default -> FIXED.get(random.nextInt(FIXED.size()));
        };
    }

    /** Values large enough to pass limits the API, DynamoDB (2 KB keys) or a regex might have. */
    private static String huge(Random random) {
        int length = switch (random.nextInt(4)) {
            case 0 -> 1025;
            case 1 -> 2049;
            case 2 -> 4097;
            default -> 9000;
        };
        String unit = switch (random.nextInt(5)) {
            case 0 -> "9";
            case 1 -> "A";
            case 2 -> ".";
            case 3 -> "é";
            default -> "%2F";
        };
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    /** Any code points: ASCII punctuation, controls, Latin, CJK, astral, unpaired surrogates excepted. */
    private static String randomChars(Random random, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int codePoint = switch (random.nextInt(5)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> 0xa0 + random.nextInt(0x2000);
                case 3 -> 0x4e00 + random.nextInt(0x500);
                default -> 0x1f300 + random.nextInt(0x300);
            };
            b.appendCodePoint(codePoint);
        }
        return b.toString();
    }

    /** The value as one header line can carry it: without line breaks. */
    static String headerValue(String value) {
        return value.replaceAll("[\\r\\n]", "");
    }

    /** As a browser encodes a query value (space as %20, everything outside unreserved characters escaped). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A value for a log line or an assertion message: controls escaped, long values cut. */
    static String printable(String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length() && b.length() < 300; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || (c >= 0x2028 && c <= 0x202e)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return value.length() > 300 ? b + "...(" + value.length() + " chars)" : b.toString();
    }
}
