package dev.edgarlive.query;

import dev.edgarlive.store.FilingSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Set;

/** Filings: one by id with its items and exhibits, and lists by form or by item code. */
@Path("/filings")
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

    private final FilingService filings;
    private final CachePolicy caching;

    public FilingResource(FilingService filings, CachePolicy caching) {
        this.filings = filings;
        this.caching = caching;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A filing", description = "Header facts, company, items and exhibits (metadata and an excerpt),"
            + " signatures, documents, parse warnings; include=text adds every full text. A filing whose texts would"
            + " pass the response limit (6,000,000 bytes) answers 413 with the URL of each text (itemUrls,"
            + " exhibitUrls).")
    public RestResponse<FilingView> filing(@PathParam("id") String id, @QueryParam("include") String include,
                                           @Context UriInfo uriInfo) {
        QueryParameters.only(uriInfo, Set.of("include"));
        FilingView view = filings.filing(id, includesTexts(include));
        return RestResponse.ResponseBuilder.ok(view).cacheControl(caching.filing()).build();
    }

    @GET
    @Path("/{id}/items/{code}")
    @Operation(summary = "One item with its full text", description = "By its code as written (5) or normalized"
            + " (8.01). A text too large for a response (over about 6 MB as JSON) comes as textLink: a pre-signed"
            + " S3 URL of the plain text, valid 15 minutes; text is then null.")
    public RestResponse<ItemView> item(@PathParam("id") String id, @PathParam("code") String code,
                                       @Context UriInfo uriInfo) {
        QueryParameters.only(uriInfo, Set.of());
        return RestResponse.ResponseBuilder.ok(filings.item(id, code)).cacheControl(caching.filing()).build();
    }

    @GET
    @Path("/{id}/exhibits/{number}")
    @Operation(summary = "One exhibit with its text", description = "A text too large for a response comes as"
            + " textLink, like an item's.")
    public RestResponse<ExhibitView> exhibit(@PathParam("id") String id, @PathParam("number") String number,
                                             @Context UriInfo uriInfo) {
        QueryParameters.only(uriInfo, Set.of());
        return RestResponse.ResponseBuilder.ok(filings.exhibit(id, number)).cacheControl(caching.filing()).build();
    }

    @GET
    @Operation(summary = "Filings of one form or carrying one item, newest first",
            description = "Exactly one of form (8-K) or item (2.02); from and to are filed dates, inclusive.")
    public PageView<FilingSummary> list(@QueryParam("form") String form, @QueryParam("item") String item,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                                        @Context UriInfo uriInfo) {
        QueryParameters.only(uriInfo, Set.of("form", "item", "from", "to", "limit", "cursor"));
        return filings.filings(form, item, QueryParameters.filingQuery(from, to, limit, cursor));
    }

    private static boolean includesTexts(String include) {
        if (include == null || include.isBlank()) {
            return false;
        }
        if (include.strip().equals("text")) {
            return true;
        }
        throw ApiProblem.badParameter("include", "include may only be 'text', was " + Problems.quote(include));
    }
}
