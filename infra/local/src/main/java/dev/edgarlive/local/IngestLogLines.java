package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ingest function's report, one line per filing: outcome, key, form, company, items and milliseconds, and why
 * when it failed or was skipped. The report is {"records": [{"key", "outcome", "filingId", "formType", "company",
 * "items", "reason", "millis"}, ...]}.
 */
final class IngestLogLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestLogLines() {
    }

    static List<String> of(byte[] report) {
        JsonNode records;
        try {
            records = JSON.readTree(report).path("records");
        } catch (IOException notJson) {
            return List.of("UNREADABLE report from ingest: " + new String(report, StandardCharsets.UTF_8));
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode record : records) {
            lines.add(line(record));
        }
        return lines;
    }

    private static String line(JsonNode record) {
        StringBuilder line = new StringBuilder();
        line.append(String.format("%-9s", record.path("outcome").asText("?")));
        line.append(" key=").append(record.path("key").asText());
        appendIfPresent(line, "form", record.path("formType"), false);
        appendIfPresent(line, "company", record.path("company"), true);
        JsonNode items = record.path("items");
        if (items.isArray() && !items.isEmpty()) {
            List<String> codes = new ArrayList<>();
            items.forEach(item -> codes.add(item.isObject() ? item.path("code").asText() : item.asText()));
            line.append(" items=").append(String.join(",", codes));
        }
        line.append(" ms=").append(record.path("millis").asLong());
        appendIfPresent(line, "id", record.path("filingId"), false);
        appendIfPresent(line, "reason", record.path("reason"), true);
        return line.toString();
    }

    private static void appendIfPresent(StringBuilder line, String name, JsonNode value, boolean quoted) {
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            return;
        }
        line.append(' ').append(name).append('=');
        line.append(quoted ? "\"" + value.asText().replace("\"", "'") + "\"" : value.asText());
    }
}
