package dev.edgarlive.query;

import dev.edgarlive.store.CompanyProfile;
import dev.edgarlive.store.FilingSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Companies by CIK: what their latest filing says of them, and their filings. */
@Path("/companies/{cik}")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private final FilingService filings;

    public CompanyResource(FilingService filings) {
        this.filings = filings;
    }

    @GET
    public CompanyProfile company(@PathParam("cik") String cik) {
        return filings.company(cik);
    }

    @GET
    @Path("/filings")
    public PageView<FilingSummary> filings(@PathParam("cik") String cik, @QueryParam("form") String form,
                                           @QueryParam("from") String from, @QueryParam("to") String to,
                                           @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return filings.companyFilings(cik, form, QueryParameters.filingQuery(from, to, limit, cursor));
    }
}
