package dev.edgarlive.parser;

/**
 * The parser's one public entry point: bytes of an EDGAR file in, a {@link ParseResult} out.
 * Never throws on bad input; thread-safe; holds no I/O.
 */
public final class FilingParser {

    public ParseResult parse(byte[] content) {
        throw new UnsupportedOperationException("not yet built");
    }
}
