package dev.edgarlive.store;

import java.time.LocalDate;

/**
 * The common part of every filing list: an inclusive filed-date range (either end open), a page size and the
 * cursor of the previous page.
 *
 * @param form only for a company's filings: keep this form (null for all)
 */
public record FilingQuery(LocalDate from, LocalDate to, String form, int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public FilingQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit", "limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("from", "from " + from + " is after to " + to);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
    }

    public static FilingQuery firstPage(int limit) {
        return new FilingQuery(null, null, null, limit, null);
    }

    public static FilingQuery between(LocalDate from, LocalDate to, int limit) {
        return new FilingQuery(from, to, null, limit, null);
    }

    public FilingQuery withCursor(String next) {
        return new FilingQuery(from, to, form, limit, next);
    }

    public FilingQuery withForm(String formType) {
        return new FilingQuery(from, to, formType, limit, cursor);
    }
}
