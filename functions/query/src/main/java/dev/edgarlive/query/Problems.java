package dev.edgarlive.query;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

/** Builds problem responses the same way for every mapper. */
final class Problems {

    /** The most of a request's value a problem repeats: enough to recognise it, never a large echo. */
    static final int QUOTED_CHARS = 80;
    private static final int INSTANCE_CHARS = 1024;
    private static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = Logger.getLogger(Problems.class);

    private Problems() {
    }

    /** A dependency that cannot answer now: logged (without a stack trace, it is no bug), answered 503. */
    static Response unavailable(UriInfo uriInfo, RuntimeException cause) {
        LOG.warnf("unavailable while serving %s: %s", instance(uriInfo), cause.getMessage());
        return response(ApiProblem.unavailable("The data cannot be read right now; try again in a few seconds.")
                .toProblem(instance(uriInfo)));
    }

    /** An error is about this request only: never stored, by the client or by anyone between. */
    static Response response(ProblemDetail problem) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        Response.ResponseBuilder response = Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE)
                .entity(problem).cacheControl(noStore);
        if (problem.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    static String instance(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        String path = uriInfo.getRequestUri().getRawPath();
        return path.length() <= INSTANCE_CHARS ? path : path.substring(0, INSTANCE_CHARS) + "...";
    }

    /**
     * A value from the request, quoted for a problem's detail: cut after {@value #QUOTED_CHARS} characters, and with
     * control characters shown as {@code \}{@code uXXXX} so the detail reads on one line.
     */
    static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        int shown = Math.min(value.length(), QUOTED_CHARS);
        if (shown < value.length() && Character.isHighSurrogate(value.charAt(shown - 1))) {
            shown--;    // never cut a character in two
        }
        StringBuilder quoted = new StringBuilder("'");
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < shown
                    && Character.isLowSurrogate(value.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !paired) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        quoted.append('\'');
        if (value.length() > shown) {
            quoted.append(" (").append(value.length()).append(" characters, cut)");
        }
        return quoted.toString();
    }
}
