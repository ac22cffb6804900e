package dev.edgarlive.ingest.reprocess;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Clock;
import java.time.Duration;

/**
 * The reprocess function's entry point, invoked by hand (bin/reprocess, {@code aws lambda invoke}) with a
 * {@link ReprocessOrder}; answers the run's {@link ReprocessReport}. It lists and queues until a minute before its
 * own deadline, then returns with {@code complete: false}: invoked again with the run's id, it goes on.
 */
@Named("reprocess")
public class ReprocessHandler implements RequestHandler<ReprocessOrder, ReprocessReport> {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.reprocess");
    static final Duration SAFETY_MARGIN = Duration.ofSeconds(60);
    static final Duration DEFAULT_BUDGET = Duration.ofMinutes(13);

    private final ReprocessRun run;
    private final Clock clock;

    @Inject
    public ReprocessHandler(ReprocessRun run, Clock clock) {
        this.run = run;
        this.clock = clock;
    }

    @Override
    public ReprocessReport handleRequest(ReprocessOrder order, Context context) {
        Duration budget = context == null || context.getRemainingTimeInMillis() <= 0 ? DEFAULT_BUDGET
                : Duration.ofMillis(context.getRemainingTimeInMillis()).minus(SAFETY_MARGIN);
        long started = System.nanoTime();
        ReprocessReport report = run.run(order == null ? new ReprocessOrder(null, null, null) : order,
                clock.instant().plus(budget.isNegative() ? Duration.ZERO : budget));
        MDC.put("key", report.prefix());
        MDC.put("outcome", report.complete() ? "LISTED" : "CONTINUES");
        MDC.put("items", "run=" + report.runId() + " listed=" + report.listed() + " queued=" + report.queued()
                + " waiting=" + report.queueDepth());
        MDC.put("durationMs", String.valueOf((System.nanoTime() - started) / 1_000_000));
        try {
            LOG.infof("reprocess run %s under %s: listed %d, queued %d%s", report.runId(), report.prefix(),
                    report.listed(), report.queued(), report.complete() ? "" : ", continues after " + report.lastKey());
        } finally {
            MDC.clear();
        }
        return report;
    }
}
