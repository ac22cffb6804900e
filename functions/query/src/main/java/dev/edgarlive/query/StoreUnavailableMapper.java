package dev.edgarlive.query;

import dev.edgarlive.store.StoreUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** DynamoDB still throttling or conflicting after the store's retries: a 503 with Retry-After, not a 500. */
@Provider
public class StoreUnavailableMapper implements ExceptionMapper<StoreUnavailableException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(StoreUnavailableException error) {
        return Problems.unavailable(uriInfo, error);
    }
}
