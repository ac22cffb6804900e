package dev.edgarlive.parser;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.ParseIssue;

import java.util.List;
import java.util.Optional;

/**
 * What the parser made of some bytes: a filing, or the errors that prove the input is not one.
 * Never both absent: when {@code filing} is empty, {@code errors} says why.
 */
public record ParseResult(Optional<Filing> filing, List<ParseIssue> errors) {

    public ParseResult {
        errors = List.copyOf(errors);
        if (filing.isEmpty() && errors.isEmpty()) {
            throw new IllegalArgumentException("a result without a filing must say why");
        }
    }

    public static ParseResult of(Filing filing) {
        return new ParseResult(Optional.of(filing), List.of());
    }

    public static ParseResult failed(ParseIssue error) {
        return new ParseResult(Optional.empty(), List.of(error));
    }

    public boolean succeeded() {
        return filing.isPresent();
    }

    /** The first error's message, for a failure record; empty when parsing succeeded. */
    public String failureReason() {
        return errors.isEmpty() ? "" : errors.get(0).code() + ": " + errors.get(0).message();
    }
}
