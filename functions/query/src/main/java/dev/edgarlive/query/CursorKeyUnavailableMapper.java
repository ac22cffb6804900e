package dev.edgarlive.query;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Secrets Manager unreachable and no cursor key held yet: lists answer 503 with Retry-After until it answers. */
@Provider
public class CursorKeyUnavailableMapper implements ExceptionMapper<CursorKeyUnavailableException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(CursorKeyUnavailableException error) {
        return Problems.unavailable(uriInfo, error);
    }
}
