package dev.edgarlive.query;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /docs}: the API explorer, the static page {@code docs.html} (Swagger UI over {@code /openapi}) served
 * under the address users expect. The page's links are relative to {@code /}, which {@code /docs} shares; a
 * request for {@code /docs/} is sent back to {@code /docs}, where they resolve.
 */
@Path("/docs")
public class ApiExplorerResource {

    private static final String PAGE = "/META-INF/resources/docs.html";

    private volatile byte[] page;

    @GET
    @Operation(hidden = true)
    public Response explorer(@Context HttpServerRequest request) {
        // The path as sent: the REST layer matches /docs/ to this resource too, and its URIs drop the slash.
        if (request.path().endsWith("/")) {
            // Relative: right behind any base path (an API Gateway stage, a custom domain's mapping).
            return Response.status(Response.Status.MOVED_PERMANENTLY).header("Location", "../docs").build();
        }
        return Response.ok(page(), "text/html;charset=UTF-8").build();
    }

    /** Read on first use, not at start: most containers never serve it. */
    private byte[] page() {
        byte[] read = page;
        if (read == null) {
            try (InputStream in = ApiExplorerResource.class.getResourceAsStream(PAGE)) {
                if (in == null) {
                    throw new IllegalStateException(PAGE + " is missing from the query function");
                }
                read = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            page = read;
        }
        return read;
    }
}
