package dev.edgarlive.parser;

import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.parser.envelope.DecodedText;
import dev.edgarlive.parser.envelope.InputGuard;
import dev.edgarlive.parser.envelope.TextDecoder;

/**
 * The parser's one public entry point: bytes of an EDGAR file in, a {@link ParseResult} out.
 * Never throws on bad input; thread-safe (it holds only stateless stages); holds no I/O.
 */
public final class FilingParser {

    private final InputGuard guard = new InputGuard();
    private final TextDecoder decoder = new TextDecoder();
    private final FilingReader reader = new FilingReader();

    public ParseResult parse(byte[] content) {
        ParseIssue rejected = guard.check(content);
        if (rejected != null) {
            return ParseResult.failed(rejected);
        }
        DecodedText decoded = decoder.decode(content);
        try {
            return reader.read(decoded.text());
        } catch (RuntimeException | StackOverflowError defect) {
            // The parser's boundary: a defect in a stage must not escape to the caller as an exception.
            // It becomes an error record that names it, so the input is recorded as a failure and not lost.
            return ParseResult.failed(ParseIssue.error("PARSER_DEFECT", -1,
                    defect.getClass().getSimpleName() + ": " + defect.getMessage()));
        }
    }
}
