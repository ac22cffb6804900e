package dev.edgarlive.query;

import dev.edgarlive.store.DailyCount;

import java.time.LocalDate;
import java.util.List;

/**
 * Filings per day for a chart: every day of the range that had any, oldest first.
 *
 * @param form the form counted, or null when an item is
 * @param item the normalized item code counted, or null when a form is
 */
public record DailyStats(String form, String item, LocalDate from, LocalDate to, List<DailyCount> days) {

    /** About ten years: longer ranges are a bulk export, not a chart. */
    static final int MAX_DAYS = 3660;
}
