package dev.edgarlive.parser;

import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.parser.envelope.DecodedText;
import dev.edgarlive.parser.envelope.InputGuard;
import dev.edgarlive.parser.envelope.TextDecoder;

import java.time.Duration;

/**
 * The parser's one public entry point: bytes of an EDGAR file in, a {@link ParseResult} out.
 * Never throws on bad input; thread-safe (it holds only stateless stages); holds no I/O.
 */
public final class FilingParser {

    /**
     * The version of what this parser makes of a given input, stored with every filing so that data made by an
     * older parser can be found and parsed again. Raise it with every change that can change any output:
     * {@code ParserVersionTest} digests the output over fixed inputs and fails, naming the new digest, when the
     * output changed and this did not.
     */
    public static final int VERSION = 2;

    private final InputGuard guard = new InputGuard();
    private final TextDecoder decoder = new TextDecoder();
    private final FilingReader reader = new FilingReader();

    public ParseResult parse(byte[] content) {
        return parse(content, null);
    }

    /**
     * Parses within a time budget (none when null). An input that takes longer gives the error
     * {@code PARSE_TIMEOUT}, checked between stages: the call returns soon after the budget is spent, on the
     * calling thread, with no work left running behind it.
     */
    public ParseResult parse(byte[] content, Duration budget) {
        ParseDeadline deadline = ParseDeadline.after(budget);
        ParseIssue rejected = guard.check(content);
        if (rejected != null) {
            return ParseResult.failed(rejected);
        }
        DecodedText decoded = decoder.decode(content);
        try {
            deadline.check("decoding");
            return reader.read(decoded.text(), deadline);
        } catch (ParseDeadline.Exceeded timeout) {
            return ParseResult.failed(ParseIssue.error("PARSE_TIMEOUT", -1, timeout.getMessage()));
        } catch (RuntimeException | StackOverflowError defect) {
            // The parser's boundary: a defect in a stage must not escape to the caller as an exception.
            // It becomes an error record that names it, so the input is recorded as a failure and not lost.
            return ParseResult.failed(ParseIssue.error("PARSER_DEFECT", -1,
                    defect.getClass().getSimpleName() + ": " + defect.getMessage()));
        }
    }
}
