package dev.edgarlive.query;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The framework's own errors (no such route, wrong method, unacceptable media type) as problem documents,
 * so that every error a dashboard sees has one shape, a detail that says what to do, and (for a 400) the part of
 * the request at fault.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException error) {
        Response.StatusType status = error.getResponse().getStatusInfo();
        int code = status.getStatusCode();
        return Problems.response(new ProblemDetail("about:blank", status.getReasonPhrase(), code, detail(code),
                Problems.instance(uriInfo), code == 400 ? "url" : null));
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request's URL cannot be read (a malformed percent-encoding, perhaps).";
            case 404 -> "Nothing is served at this path; GET /openapi describes the API's paths.";
            case 405 -> "Only GET (and HEAD) requests are served.";
            case 406 -> "Responses are application/json, errors application/problem+json: accept one of them.";
            default -> "The request cannot be served as it is.";
        };
    }
}
