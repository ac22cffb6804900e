package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * Turns what a function logs into the local stack's lines. The functions log JSON lines on AWS (and here, the same
 * build): one per filing or archive with its facts in the MDC (key, outcome, filingId, form, company, items,
 * durationMs, reason). Such a line becomes {@code STORED    key=... form=8-K company="..." items=5,7 ms=412 id=...};
 * an ERROR line becomes {@code ERROR in IngestFunction: message}; anything else (metrics, framework logging) is
 * left in the function's log file.
 */
final class FunctionLogLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FunctionLogLines() {
    }

    static Optional<String> of(String function, String logLine) {
        if (!logLine.startsWith("{")) {
            return Optional.empty();
        }
        JsonNode line;
        try {
            line = JSON.readTree(logLine);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        JsonNode mdc = line.path("mdc");
        if (mdc.path("outcome").isTextual() && mdc.path("key").isTextual()) {
            return Optional.of(outcomeLine(mdc));
        }
        if ("ERROR".equals(line.path("level").asText())) {
            return Optional.of("ERROR in " + function + ": " + line.path("message").asText()
                    + exceptionSummary(line.path("exception")));
        }
        return Optional.empty();
    }

    private static String outcomeLine(JsonNode mdc) {
        StringBuilder line = new StringBuilder();
        line.append(String.format("%-9s", mdc.path("outcome").asText()));
        line.append(" key=").append(mdc.path("key").asText());
        appendIfPresent(line, "form", mdc.path("form"), false);
        appendIfPresent(line, "company", mdc.path("company"), true);
        appendIfPresent(line, "items", mdc.path("items"), false);
        appendIfPresent(line, "ms", mdc.path("durationMs"), false);
        appendIfPresent(line, "id", mdc.path("filingId"), false);
        appendIfPresent(line, "reason", mdc.path("reason"), true);
        return line.toString();
    }

    private static String exceptionSummary(JsonNode exception) {
        if (exception.isMissingNode() || exception.isNull()) {
            return "";
        }
        return " (" + exception.path("exceptionType").asText() + ": " + exception.path("message").asText() + ")";
    }

    private static void appendIfPresent(StringBuilder line, String name, JsonNode value, boolean quoted) {
        String text = value.asText("");
        if (value.isMissingNode() || value.isNull() || text.isBlank() || text.equals("null")) {
            return;
        }
        line.append(' ').append(name).append('=');
        line.append(quoted ? "\"" + text.replace("\"", "'") + "\"" : text);
    }
}
