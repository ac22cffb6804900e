package dev.edgarlive.query;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;

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

    /** Filings per filed date of one form ({@code ?form=8-K}) or one item ({@code ?item=5.02}). */
    @GET
    @Path("/daily")
    public DailyStats daily(@QueryParam("form") String form, @QueryParam("item") String item,
                            @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate toDate = QueryParameters.date("to", to);
        LocalDate fromDate = QueryParameters.date("from", from);
        if (toDate == null) {
            toDate = fromDate == null ? LocalDate.now(clock) : fromDate.plusDays(DEFAULT_DAYS - 1L);
        }
        if (fromDate == null) {
            fromDate = toDate.minusDays(DEFAULT_DAYS - 1L);
        }
        return filings.dailyCounts(form, item, fromDate, toDate);
    }
}
