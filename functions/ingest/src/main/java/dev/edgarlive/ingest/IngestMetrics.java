package dev.edgarlive.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.time.Clock;

/**
 * Publishes one CloudWatch Embedded Metric Format line per ingested record: Lambda ships stdout to CloudWatch
 * Logs, which turns the line into metrics without an API call (none on the hot path, none at init).
 *
 * <p>Metrics, under namespace {@code EdgarLive} and dimension {@code Function}: {@code FilingsParsed},
 * {@code ParseFailures}, {@code ParseTime} (ms) and {@code Bytes}.
 */
@ApplicationScoped
public class IngestMetrics {

    static final String NAMESPACE = "EdgarLive";

    private final ObjectMapper json;
    private final PrintStream out;
    private final Clock clock;

    @Inject
    public IngestMetrics(ObjectMapper json, Clock clock) {
        this(json, System.out, clock);
    }

    IngestMetrics(ObjectMapper json, PrintStream out, Clock clock) {
        this.json = json;
        this.out = out;
        this.clock = clock;
    }

    public void publish(RecordOutcome outcome, long bytes) {
        boolean parsed = switch (outcome.outcome()) {
            case STORED, UNCHANGED, REPLACED, REPARSED -> true;
            default -> false;
        };
        boolean failed = outcome.outcome() == RecordOutcome.Outcome.FAILED;
        if (!parsed && !failed) {
            return; // removals, skips and superseded events are not parsing work
        }
        ObjectNode line = json.createObjectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add("Function");
        ArrayNode metrics = directive.putArray("Metrics");
        metric(metrics, "FilingsParsed", "Count");
        metric(metrics, "ParseFailures", "Count");
        metric(metrics, "ParseTime", "Milliseconds");
        metric(metrics, "Bytes", "Bytes");
        line.put("Function", "ingest");
        line.put("FilingsParsed", parsed ? 1 : 0);
        line.put("ParseFailures", failed ? 1 : 0);
        line.put("ParseTime", outcome.millis());
        line.put("Bytes", bytes);
        // Properties that are not metrics are kept with the line, searchable in Logs Insights.
        line.put("key", outcome.key());
        line.put("outcome", outcome.outcome().name());
        if (outcome.formType() != null) {
            line.put("form", outcome.formType());
        }
        out.println(line);
    }

    private static void metric(ArrayNode metrics, String name, String unit) {
        metrics.addObject().put("Name", name).put("Unit", unit);
    }
}
