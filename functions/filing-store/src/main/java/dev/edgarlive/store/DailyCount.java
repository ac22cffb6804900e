package dev.edgarlive.store;

import java.time.LocalDate;

/** How many stored filings of a form (or carrying an item) were filed on one day. */
public record DailyCount(LocalDate day, long count) {
}
