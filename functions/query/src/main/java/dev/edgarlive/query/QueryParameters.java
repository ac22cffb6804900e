package dev.edgarlive.query;

import dev.edgarlive.store.FilingQuery;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the parameters every request shares, answering any that cannot be served with a 400 that names it: unknown
 * or repeated parameters, dates that are no calendar day of years 0001-9999, limits out of range. Only ASCII digits
 * count as digits ({@code ٥} and {@code ５} are not five).
 */
final class QueryParameters {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,4}");
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private QueryParameters() {
    }

    /**
     * Refuses a parameter the endpoint does not read (a misspelt {@code frm=} would otherwise be ignored, and the
     * answer would look filtered when it is not) and one given twice (which value would count?).
     */
    static void only(UriInfo uriInfo, Set<String> known) {
        MultivaluedMap<String, String> parameters;
        try {
            parameters = uriInfo.getQueryParameters();
        } catch (IllegalArgumentException malformed) {
            throw ApiProblem.badParameter("url", "the query string cannot be read (a malformed percent-encoding, "
                    + "perhaps)");
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!known.contains(name)) {
                throw ApiProblem.badParameter(name, "this endpoint reads no parameter " + Problems.quote(name)
                        + (known.isEmpty() ? "" : "; it reads " + String.join(", ", known.stream().sorted().toList())));
            }
            if (parameter.getValue().size() > 1) {
                throw ApiProblem.badParameter(name, name + " is given " + parameter.getValue().size()
                        + " times; give it once");
            }
        }
    }

    static FilingQuery filingQuery(String from, String to, String limit, String cursor) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ApiProblem.badParameter("from", "from (" + fromDate + ") is after to (" + toDate + ")");
        }
        return new FilingQuery(fromDate, toDate, null, limit(limit), cursor == null || cursor.isBlank() ? null
                : cursor.strip());
    }

    /** A date as {@code YYYY-MM-DD} (years 0001-9999), or null when the parameter is absent. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!DATE.matcher(text).matches()) {
            throw ApiProblem.badParameter(name, name + " must be a date as YYYY-MM-DD, was " + Problems.quote(value));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, name + " is no day of the calendar: " + Problems.quote(value));
        }
        if (date.isBefore(FIRST_DAY)) {
            throw ApiProblem.badParameter(name, name + " must be a day of the years 0001 to 9999, was "
                    + Problems.quote(value));
        }
        return date;
    }

    /** The last day a range may reach: years past 9999 have no four-digit spelling and sort wrongly. */
    static LocalDate lastDay() {
        return LAST_DAY;
    }

    static LocalDate firstDay() {
        return FIRST_DAY;
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return FilingQuery.DEFAULT_LIMIT;
        }
        String text = value.strip();
        int limit = LIMIT.matcher(text).matches() ? Integer.parseInt(text) : -1;
        if (limit < 1 || limit > FilingQuery.MAX_LIMIT) {
            throw ApiProblem.badParameter("limit",
                    "limit must be a whole number from 1 to " + FilingQuery.MAX_LIMIT + ", was " + Problems.quote(value));
        }
        return limit;
    }
}
