package dev.edgarlive.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.edgarlive.store.DailyCount;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Filings per day of every form ({@code by=form}) or every item code ({@code by=item}) filed in a range, as
 * {@code GET /stats/daily?by=...} answers: what a stacked chart needs, in one response.
 *
 * @param by     {@code form} or {@code item}
 * @param series one per form or item code that counts anything in the range, the largest total first
 */
public record DailyBreakdown(String by, LocalDate from, LocalDate to, List<Series> series) implements TooLargeAdvice {

    /**
     * One form's or one item code's counts.
     *
     * @param form  the form type, in a breakdown by form
     * @param item  the normalized item code, in a breakdown by item
     * @param total the sum of the days' counts
     * @param days  every day of the range that had any, oldest first
     */
    public record Series(@JsonInclude(JsonInclude.Include.NON_NULL) String form,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String item, long total, List<DailyCount> days) {
    }

    static DailyBreakdown of(String by, LocalDate from, LocalDate to, Map<String, List<DailyCount>> counts) {
        boolean byForm = "form".equals(by);
        List<Series> series = counts.entrySet().stream()
                .map(entry -> new Series(byForm ? entry.getKey() : null, byForm ? null : entry.getKey(),
                        entry.getValue().stream().mapToLong(DailyCount::count).sum(), entry.getValue()))
                .sorted(Comparator.comparingLong(Series::total).reversed())
                .toList();
        return new DailyBreakdown(by, from, to, series);
    }

    @Override
    public ApiProblem tooLarge(long payloadBytes) {
        return ApiProblem.tooLarge("The counts of " + series.size() + " " + by + "s over " + from + " to " + to
                + " would take " + payloadBytes + " bytes, more than one response can carry ("
                + LambdaPayload.MAX_BODY + "): ask for a shorter range, or one " + by + " at a time with " + by
                + "=.", "from", null, null);
    }
}
