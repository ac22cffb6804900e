package dev.edgarlive.query;

/**
 * Reads {@code If-None-Match} by RFC 9110's rules: {@code *}, or a comma-separated list of entity tags compared
 * weakly (a {@code W/} prefix is ignored). Whatever the header holds, the answer is yes or no, never an error: a
 * malformed value matches nothing, so the client simply gets the representation.
 */
final class EntityTags {

    private EntityTags() {
    }

    /** Whether {@code ifNoneMatch} names the tag whose opaque value is {@code tag} (or any tag). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    && value.substring(1, value.length() - 1).equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
