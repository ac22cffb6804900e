package dev.edgarlive.cli;

import dev.edgarlive.filing.ParseIssue;

/**
 * Why one input produced no filing.
 *
 * @param type    a stable name: the parser's error code, or one of this command's own
 *                ({@code FILE_NOT_FOUND}, {@code UNREADABLE_FILE}, {@code CORRUPT_GZIP},
 *                {@code DECOMPRESSION_LIMIT}, {@code PARSER_CRASH})
 * @param message what a person needs to know to act on it
 */
record SourceFailure(String type, String message) {

    static final String FILE_NOT_FOUND = "FILE_NOT_FOUND";
    static final String UNREADABLE_FILE = "UNREADABLE_FILE";
    /** A gzip input that is cut short, fails its checksum, or is named {@code .gz} without being gzip. */
    static final String CORRUPT_GZIP = "CORRUPT_GZIP";
    /** A gzip input that inflates past the bound a gzip bomb would cross; see {@link GzipInflater}. */
    static final String DECOMPRESSION_LIMIT = "DECOMPRESSION_LIMIT";
    /** The parser broke its promise never to throw; the run goes on, and the record names the throwable. */
    static final String PARSER_CRASH = "PARSER_CRASH";

    static SourceFailure of(ParseIssue error) {
        return new SourceFailure(error.code(), error.message());
    }
}
