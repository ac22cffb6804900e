package dev.edgarlive.query;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /filings/{id}/source}: a link to the object the filing was ingested from. */
@Path("/filings/{id}/source")
@Produces(MediaType.APPLICATION_JSON)
public class OriginalObjectResource {

    private final OriginalObjects originals;

    public OriginalObjectResource(OriginalObjects originals) {
        this.originals = originals;
    }

    @GET
    public Response source(@PathParam("id") String id) {
        // A presigned URL expires: no cache may hand it out later.
        return Response.ok(originals.of(id)).cacheControl(CacheControl.valueOf("no-store")).build();
    }
}
