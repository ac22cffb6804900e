package dev.edgarlive.query;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /docs}: the API explorer is the static page {@code docs/index.html}; this sends the address without
 * the slash there, so that the page's relative links (its scripts, {@code ../openapi}) resolve under {@code /docs/}.
 */
@Path("/docs")
public class ApiExplorerResource {

    @GET
    @Operation(hidden = true)
    public Response explorer() {
        // A relative Location: right behind any base path (an API Gateway stage, a custom domain's mapping).
        return Response.status(Response.Status.MOVED_PERMANENTLY).header("Location", "docs/").build();
    }
}
