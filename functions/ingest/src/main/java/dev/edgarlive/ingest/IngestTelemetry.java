package dev.edgarlive.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One log line per record, its facts as structured fields (JSON logs on AWS carry them as properties), and the
 * record's metrics.
 */
@ApplicationScoped
public class IngestTelemetry {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.ingest");

    private final IngestMetrics metrics;

    public IngestTelemetry(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    public void report(RecordOutcome outcome) {
        MDC.put("key", outcome.key());
        MDC.put("outcome", outcome.outcome().name());
        MDC.put("filingId", String.valueOf(outcome.filingId()));
        MDC.put("form", String.valueOf(outcome.formType()));
        MDC.put("company", String.valueOf(outcome.company()));
        MDC.put("items", String.join(",", outcome.items()));
        MDC.put("durationMs", String.valueOf(outcome.millis()));
        if (outcome.reason() != null) {
            MDC.put("reason", outcome.reason());
        }
        try {
            if (outcome.outcome() == RecordOutcome.Outcome.RETRY) {
                LOG.warnf("%s %s: %s", outcome.outcome(), outcome.key(), outcome.reason());
            } else {
                LOG.infof("%s %s id=%s form=%s company=%s items=%s %d ms%s", outcome.outcome(), outcome.key(),
                        outcome.filingId(), outcome.formType(), outcome.company(), outcome.items(), outcome.millis(),
                        outcome.reason() == null ? "" : " reason=" + outcome.reason());
            }
        } finally {
            MDC.clear();
        }
        metrics.publish(outcome, outcome.bytes());
    }
}
