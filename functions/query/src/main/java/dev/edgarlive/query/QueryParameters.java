package dev.edgarlive.query;

import dev.edgarlive.store.FilingQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the list parameters every list shares, answering bad ones with a 400 that names the parameter. */
final class QueryParameters {

    private QueryParameters() {
    }

    static FilingQuery filingQuery(String from, String to, String limit, String cursor) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw ApiProblem.badParameter("from", "from (" + fromDate + ") is after to (" + toDate + ")");
        }
        return new FilingQuery(fromDate, toDate, null, limit(limit), cursor);
    }

    /** A date as {@code YYYY-MM-DD}, or null when the parameter is absent. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, name + " must be a date as YYYY-MM-DD, was '" + value + "'");
        }
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return FilingQuery.DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > FilingQuery.MAX_LIMIT) {
            throw ApiProblem.badParameter("limit",
                    "limit must be a whole number from 1 to " + FilingQuery.MAX_LIMIT + ", was '" + value + "'");
        }
        return limit;
    }
}
