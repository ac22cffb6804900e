package dev.edgarlive.query;

import dev.edgarlive.forms.FormCatalog;
import dev.edgarlive.store.CompanyProfile;
import dev.edgarlive.store.DailyCount;
import dev.edgarlive.store.FilingQuery;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.FilingSummary;
import dev.edgarlive.store.InvalidCursorException;
import dev.edgarlive.store.InvalidQueryException;
import dev.edgarlive.store.StoredFiling;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the API can answer, in the API's terms: views instead of store records, {@link ApiProblem}s instead of
 * empty optionals and store exceptions. The resources only bind HTTP to these methods.
 */
@ApplicationScoped
public class FilingService {

    private final FilingStore store;

    public FilingService(FilingStore store) {
        this.store = store;
    }

    public StoredFiling filing(String id, boolean withTexts) {
        return store.findFiling(id, withTexts)
                .orElseThrow(() -> ApiProblem.notFound("No filing has the id '" + id + "'."));
    }

    public ItemView item(String id, String code) {
        return store.findItem(id, code).map(ItemView::full)
                .orElseThrow(() -> ApiProblem.notFound("Filing '" + id + "' has no item '" + code + "'."));
    }

    public ExhibitView exhibit(String id, String number) {
        return store.findExhibit(id, number).map(ExhibitView::full)
                .orElseThrow(() -> ApiProblem.notFound("Filing '" + id + "' has no exhibit '" + number + "'."));
    }

    public CompanyProfile company(String cik) {
        String normalized = cik(cik);
        return store.findCompany(normalized)
                .orElseThrow(() -> ApiProblem.notFound("No filing of a company with CIK " + normalized + " is stored."));
    }

    public PageView<FilingSummary> companyFilings(String cik, String form, FilingQuery query) {
        String normalized = cik(cik);
        FilingQuery filtered = form == null || form.isBlank() ? query : query.withForm(formType(form));
        return storeCall(() -> PageView.of(store.companyFilings(normalized, filtered)));
    }

    public PageView<FilingSummary> filings(String form, String item, FilingQuery query) {
        boolean byForm = form != null && !form.isBlank();
        boolean byItem = item != null && !item.isBlank();
        if (byForm == byItem) {
            throw ApiProblem.badParameter(byForm ? "item" : "form",
                    "give exactly one of form (for example 8-K) or item (for example 2.02)");
        }
        return byForm
                ? storeCall(() -> PageView.of(store.filingsByForm(formType(form), query)))
                : storeCall(() -> PageView.of(store.filingsByItem(itemCode(item), query)));
    }

    public DailyStats dailyCounts(String form, String item, LocalDate from, LocalDate to) {
        boolean byForm = form != null && !form.isBlank();
        boolean byItem = item != null && !item.isBlank();
        if (byForm == byItem) {
            throw ApiProblem.badParameter(byForm ? "item" : "form", "give exactly one of form or item");
        }
        if (from.isAfter(to)) {
            throw ApiProblem.badParameter("from", "from (" + from + ") is after to (" + to + ")");
        }
        if (from.plusDays(DailyStats.MAX_DAYS).isBefore(to)) {
            throw ApiProblem.badParameter("from", "a range may span at most " + DailyStats.MAX_DAYS + " days");
        }
        List<DailyCount> days = byForm
                ? store.dailyCountsByForm(formType(form), from, to)
                : store.dailyCountsByItem(itemCode(item), from, to);
        return new DailyStats(byForm ? formType(form) : null, byItem ? itemCode(item) : null, from, to, days);
    }

    private String formType(String form) {
        return FormCatalog.formType(form).orElseThrow(() -> ApiProblem.badParameter("form",
                "'" + form + "' is not an EDGAR form type this API knows (for example 8-K, 10-K, 10-Q, 8-K/A)"));
    }

    private String itemCode(String item) {
        String code = item.strip();
        if (!FormCatalog.isItemCode(code)) {
            throw ApiProblem.badParameter("item", "'" + item + "' is not an item code (for example 2.02, 5.02, "
                    + "8.01; items before August 2004 are found under today's numbers)");
        }
        return code.toUpperCase(java.util.Locale.ROOT);
    }

    /** A CIK as EDGAR writes it in headers: ten digits with leading zeros. */
    private static String cik(String cik) {
        String digits = cik.strip();
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(Character::isDigit)) {
            throw ApiProblem.badParameter("cik", "a CIK is 1 to 10 digits, was '" + cik + "'");
        }
        return "0".repeat(10 - digits.length()) + digits;
    }

    /** The store validates cursors and ranges itself; its refusals become 400s naming the parameter. */
    private static <T> T storeCall(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidCursorException e) {
            throw ApiProblem.badParameter("cursor", "the cursor is malformed, tampered with, or belongs to "
                    + "another query; start again without it");
        } catch (InvalidQueryException e) {
            throw ApiProblem.badParameter(e.parameter(), e.getMessage());
        }
    }
}
