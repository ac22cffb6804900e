package dev.edgarlive.query;

import dev.edgarlive.store.FilingSummary;
import dev.edgarlive.store.StoredFiling;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** Filings: one by id with its items and exhibits, and lists by form or by item code. */
@Path("/filings")
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

    private final FilingService filings;
    private final CacheControl filingCaching;

    public FilingResource(FilingService filings, QueryConfig config) {
        this.filings = filings;
        this.filingCaching = new CacheControl();
        this.filingCaching.setMaxAge(config.filingMaxAgeSeconds());
    }

    /** A filing; items and exhibits carry an excerpt, and their full texts with {@code ?include=text}. */
    @GET
    @Path("/{id}")
    public Response filing(@PathParam("id") String id, @QueryParam("include") String include,
                           @Context Request request) {
        boolean withTexts = includesTexts(include);
        StoredFiling stored = filings.filing(id, withTexts);
        // The content hash changes exactly when the filing's data does (an overwrite with new bytes).
        EntityTag tag = new EntityTag(stored.contentSha256().substring(0, 32) + (withTexts ? "-t" : "-m"));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(filingCaching).build();
        }
        return Response.ok(FilingView.of(stored)).tag(tag).cacheControl(filingCaching).build();
    }

    /** One item with its full text, read from S3 where it was too large for DynamoDB. */
    @GET
    @Path("/{id}/items/{code}")
    public Response item(@PathParam("id") String id, @PathParam("code") String code) {
        return Response.ok(filings.item(id, code)).cacheControl(filingCaching).build();
    }

    /** One exhibit with its text. */
    @GET
    @Path("/{id}/exhibits/{number}")
    public Response exhibit(@PathParam("id") String id, @PathParam("number") String number) {
        return Response.ok(filings.exhibit(id, number)).cacheControl(filingCaching).build();
    }

    /** Filings of one form ({@code ?form=8-K}) or carrying one item ({@code ?item=2.02}), newest first. */
    @GET
    public PageView<FilingSummary> list(@QueryParam("form") String form, @QueryParam("item") String item,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return filings.filings(form, item, QueryParameters.filingQuery(from, to, limit, cursor));
    }

    private static boolean includesTexts(String include) {
        if (include == null || include.isBlank()) {
            return false;
        }
        if (include.strip().equals("text")) {
            return true;
        }
        throw ApiProblem.badParameter("include", "include may only be 'text', was '" + include + "'");
    }
}
