package dev.edgarlive.query;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** Counts per day, for charts. */
@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    /** The range shown when none is asked for. */
    static final int DEFAULT_DAYS = 30;

    private final FilingService filings;
    private final Clock clock;

    public StatsResource(FilingService filings, Clock clock) {
        this.filings = filings;
        this.clock = clock;
    }

    /**
     * Filings per filed date of one form ({@code ?form=8-K}), of one item ({@code ?item=5.02}), or of every form or
     * every item at once ({@code ?by=form}, {@code ?by=item}: one request for a stacked chart).
     */
    @GET
    @Path("/daily")
    @Operation(summary = "Filings per filed day of one form or item, or of every form or every item",
            description = "Exactly one of form, item or by. form or item answers one series (days); by=form or"
                    + " by=item answers a series per form type or per item code filed in the range (series, the"
                    + " largest total first; those that count nothing are left out). The 30 days up to to (default"
                    + " today) when from is absent; at most 3660 days.")
    @APIResponse(responseCode = "200", description = "The counts: DailyStats for form or item, DailyBreakdown for by",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {DailyStats.class, DailyBreakdown.class})))
    public Object daily(@QueryParam("form") String form, @QueryParam("item") String item,
                        @Parameter(description = "form or item: count every form type, or every item code",
                                schema = @Schema(enumeration = {"form", "item"})) @QueryParam("by") String by,
                        @QueryParam("from") String from, @QueryParam("to") String to, @Context UriInfo uriInfo) {
        QueryParameters.only(uriInfo, Set.of("form", "item", "by", "from", "to"));
        LocalDate toDate = QueryParameters.date("to", to);
        LocalDate fromDate = QueryParameters.date("from", from);
        // An open end is filled in within the years the API serves: 30 days after 9999-12-25 stop at 9999-12-31.
        if (toDate == null) {
            toDate = fromDate == null ? LocalDate.now(clock) : earlier(fromDate.plusDays(DEFAULT_DAYS - 1L),
                    QueryParameters.lastDay());
        }
        if (fromDate == null) {
            LocalDate start = toDate.minusDays(DEFAULT_DAYS - 1L);
            fromDate = start.isBefore(QueryParameters.firstDay()) ? QueryParameters.firstDay() : start;
        }
        if (by != null) {
            return filings.dailyBreakdown(by, form, item, fromDate, toDate);
        }
        return filings.dailyCounts(form, item, fromDate, toDate);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
