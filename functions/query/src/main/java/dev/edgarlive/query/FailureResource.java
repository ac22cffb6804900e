package dev.edgarlive.query;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Set;

/**
 * The uploads that did not become filings: every object under {@code filings/} whose latest content failed, with its
 * reason, so that nothing is lost silently. A key leaves the list when new bytes under it parse or it is deleted.
 */
@Path("/failures")
@Produces(MediaType.APPLICATION_JSON)
public class FailureResource {

    private final FilingService filings;

    public FailureResource(FilingService filings) {
        this.filings = filings;
    }

    @GET
    @Operation(summary = "Uploads that failed, newest failure first",
            description = "Key, size, reason and time of each; from and to are days (UTC) of the failure, inclusive.")
    public PageView<FailureView> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                                      @Context UriInfo uriInfo) {
        QueryParameters.only(uriInfo, Set.of("from", "to", "limit", "cursor"));
        return filings.failures(QueryParameters.filingQuery(from, to, limit, cursor));
    }
}
