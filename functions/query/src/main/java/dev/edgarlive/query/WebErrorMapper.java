package dev.edgarlive.query;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The framework's own errors (no such route, wrong method, unacceptable media type) as problem documents,
 * so that every error a dashboard sees has one shape.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException error) {
        Response.StatusType status = error.getResponse().getStatusInfo();
        return Problems.response(new ProblemDetail("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                null, Problems.instance(uriInfo), null));
    }
}
