package dev.edgarlive.filing;

/**
 * Something odd the parser met, as data rather than an exception.
 *
 * @param code     a stable machine-readable name ({@code TRUNCATED_DOCUMENT})
 * @param severity WARNING: the result is usable but degraded; ERROR: the input is provably broken
 * @param offset   character offset in the decoded input where it was noticed, or -1
 */
public record ParseIssue(String code, Severity severity, long offset, String message) {

    public enum Severity { WARNING, ERROR }

    public static ParseIssue warning(String code, long offset, String message) {
        return new ParseIssue(code, Severity.WARNING, offset, message);
    }

    public static ParseIssue error(String code, long offset, String message) {
        return new ParseIssue(code, Severity.ERROR, offset, message);
    }
}
