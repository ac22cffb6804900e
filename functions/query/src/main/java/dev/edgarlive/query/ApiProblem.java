package dev.edgarlive.query;

/**
 * A request the API answers with a problem document instead of data. Thrown by services, turned into a
 * response by {@link ApiProblemMapper}; it never carries a stack trace to the client.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String parameter;

    private ApiProblem(int status, String title, String detail, String parameter) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail, null);
    }

    public static ApiProblem badParameter(String parameter, String detail) {
        return new ApiProblem(400, "Bad Request", detail, parameter);
    }

    public ProblemDetail toProblem(String instance) {
        return new ProblemDetail("about:blank", title, status, getMessage(), instance, parameter);
    }

    public int status() {
        return status;
    }
}
