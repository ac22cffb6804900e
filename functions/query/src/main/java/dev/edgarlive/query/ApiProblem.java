package dev.edgarlive.query;

import java.util.List;

/**
 * A request the API answers with a problem document instead of data. Thrown by services, turned into a
 * response by {@link ApiProblemMapper}; it never carries a stack trace to the client.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String parameter;
    private final List<String> itemUrls;
    private final List<String> exhibitUrls;

    private ApiProblem(int status, String title, String detail, String parameter, List<String> itemUrls,
                       List<String> exhibitUrls) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
        this.itemUrls = itemUrls == null ? null : List.copyOf(itemUrls);
        this.exhibitUrls = exhibitUrls == null ? null : List.copyOf(exhibitUrls);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail, null, null, null);
    }

    public static ApiProblem badParameter(String parameter, String detail) {
        return new ApiProblem(400, "Bad Request", detail, parameter, null, null);
    }

    /** A response that would pass Lambda's payload limit; the URLs say where the parts can be read one by one. */
    public static ApiProblem tooLarge(String detail, String parameter, List<String> itemUrls,
                                      List<String> exhibitUrls) {
        return new ApiProblem(413, "Content Too Large", detail, parameter, itemUrls, exhibitUrls);
    }

    /** A dependency (DynamoDB, Secrets Manager) cannot serve the request now; trying again later may work. */
    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, "Service Unavailable", detail, null, null, null);
    }

    public ProblemDetail toProblem(String instance) {
        return new ProblemDetail("about:blank", title, status, getMessage(), instance, parameter, itemUrls,
                exhibitUrls);
    }

    public int status() {
        return status;
    }
}
