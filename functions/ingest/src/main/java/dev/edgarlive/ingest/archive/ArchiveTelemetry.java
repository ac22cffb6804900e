package dev.edgarlive.ingest.archive;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One log line per archive and per rejected member, with the facts as MDC fields (the JSON log line on AWS, the
 * local stack's outcome lines): {@code UNPACKED}, {@code CONTINUES} or {@code FAILED} for an archive,
 * {@code REJECTED} for a member that is no filing.
 */
final class ArchiveTelemetry {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.archive");

    private ArchiveTelemetry() {
    }

    static void archive(UnpackReport report, long millis) {
        String outcome = report.failure() != null ? "FAILED" : report.complete() ? "UNPACKED" : "CONTINUES";
        String summary = "members=" + report.members() + " written=" + report.written() + " unchanged="
                + report.unchanged() + " filtered=" + report.filtered() + " rejected=" + report.rejected()
                + (report.complete() ? "" : " next=" + report.nextMember());
        MDC.put("key", report.archive());
        MDC.put("outcome", outcome);
        MDC.put("form", String.valueOf(report.format()));
        MDC.put("items", summary);
        MDC.put("durationMs", String.valueOf(millis));
        if (report.failure() != null) {
            MDC.put("reason", report.failure());
        }
        try {
            LOG.infof("%s %s %s %d ms%s", outcome, report.archive(), summary, millis,
                    report.failure() == null ? "" : " reason=" + report.failure());
        } finally {
            MDC.clear();
        }
    }

    static void rejected(String key, String reason) {
        MDC.put("key", key);
        MDC.put("outcome", "REJECTED");
        MDC.put("reason", reason);
        try {
            LOG.infof("REJECTED %s reason=%s", key, reason);
        } finally {
            MDC.clear();
        }
    }
}
