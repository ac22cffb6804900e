package dev.edgarlive.query;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The forms and items the API knows, for filters and legends. It changes only with a new release. */
@Path("/catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    /** Built once: the catalog is constant for the life of the function. */
    private static final CatalogView CATALOG = CatalogView.of();

    private final CachePolicy caching;

    public CatalogResource(CachePolicy caching) {
        this.caching = caching;
    }

    @GET
    public Response catalog() {
        return Response.ok(CATALOG).cacheControl(caching.release()).build();
    }
}
