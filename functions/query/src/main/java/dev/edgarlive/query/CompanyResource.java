package dev.edgarlive.query;

import dev.edgarlive.store.CompanyProfile;
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

import java.util.Set;

/** Companies by CIK: what their latest filing says of them, and their filings. */
@Path("/companies/{cik}")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private final FilingService filings;

    public CompanyResource(FilingService filings) {
        this.filings = filings;
    }

    @GET
    @Operation(summary = "What the company's latest stored filing says of it")
    public CompanyProfile company(@PathParam("cik") String cik, @Context UriInfo uriInfo) {
        QueryParameters.only(uriInfo, Set.of());
        return filings.company(cik);
    }

    @GET
    @Path("/filings")
    @Operation(summary = "A company's filings, newest first", description = "form narrows them to one form.")
    public PageView<FilingSummary> filings(@PathParam("cik") String cik, @QueryParam("form") String form,
                                           @QueryParam("from") String from, @QueryParam("to") String to,
                                           @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                                           @Context UriInfo uriInfo) {
        QueryParameters.only(uriInfo, Set.of("form", "from", "to", "limit", "cursor"));
        return filings.companyFilings(cik, form, QueryParameters.filingQuery(from, to, limit, cursor));
    }
}
