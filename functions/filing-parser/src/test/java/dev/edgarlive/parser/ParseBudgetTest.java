package dev.edgarlive.parser;

import dev.edgarlive.filing.ParseIssue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A parse given a time budget returns PARSE_TIMEOUT once it is spent, and is otherwise the plain parse. */
class ParseBudgetTest {

    private final FilingParser parser = new FilingParser();

    @Test
    void aParsePastItsBudgetIsTheErrorParseTimeoutNamingWhereItStopped() throws IOException {
        ParseResult result = parser.parse(seed(), Duration.ZERO);

        assertThat(result.succeeded()).isFalse();
        ParseIssue error = result.errors().get(0);
        assertThat(error.code()).isEqualTo("PARSE_TIMEOUT");
        assertThat(error.severity()).isEqualTo(ParseIssue.Severity.ERROR);
        assertThat(error.message()).contains("budget of 0 ms").contains("stopped after decoding");
        assertThat(result.failureReason()).startsWith("PARSE_TIMEOUT: ");
    }

    @Test
    void withinItsBudgetAParseIsTheUnboundedParse() throws IOException {
        assertThat(parser.parse(seed(), Duration.ofMinutes(5))).isEqualTo(parser.parse(seed()));
        assertThat(parser.parse(seed(), null)).isEqualTo(parser.parse(seed()));
    }

    @Test
    void inputRejectedBeforeParsingKeepsItsOwnReasonWhateverTheBudget() {
        assertThat(parser.parse(new byte[0], Duration.ZERO).errors().get(0).code()).isEqualTo("EMPTY_INPUT");
    }

    private static byte[] seed() throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("edgar.samples.dir", "../../samples"),
                "8k_hecla-mining_2000-11-28_seed.txt"));
    }
}
