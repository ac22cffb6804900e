package dev.edgarlive.query;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One log line per request: method, path, status, milliseconds and DynamoDB calls, as structured fields (JSON
 * logs on AWS), so that latency and cost per endpoint can be read off CloudWatch Logs Insights.
 */
@Provider
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger("dev.edgarlive.query");
    private static final String STARTED = RequestLog.class.getName() + ".started";
    private static final String CALLS_BEFORE = RequestLog.class.getName() + ".calls";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        request.setProperty(CALLS_BEFORE, DynamoRequestTally.COUNTER.total());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        Object callsBefore = request.getProperty(CALLS_BEFORE);
        long millis = started == null ? -1 : (System.nanoTime() - (Long) started) / 1_000_000;
        long dynamoCalls = callsBefore == null ? -1 : DynamoRequestTally.COUNTER.total() - (Long) callsBefore;
        String path = request.getUriInfo().getRequestUri().getRawPath();
        MDC.put("method", request.getMethod());
        MDC.put("path", path);
        MDC.put("status", String.valueOf(response.getStatus()));
        MDC.put("durationMs", String.valueOf(millis));
        MDC.put("dynamoRequests", String.valueOf(dynamoCalls));
        try {
            LOG.infof("%s %s %d %d ms dynamo=%d", request.getMethod(), path, response.getStatus(), millis,
                    dynamoCalls);
        } finally {
            MDC.clear();
        }
    }
}
