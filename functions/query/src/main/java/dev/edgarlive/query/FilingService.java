package dev.edgarlive.query;

import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Item;
import dev.edgarlive.forms.FormCatalog;
import dev.edgarlive.store.CompanyProfile;
import dev.edgarlive.store.DailyCount;
import dev.edgarlive.store.FilingId;
import dev.edgarlive.store.FilingQuery;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.FilingSummary;
import dev.edgarlive.store.InvalidCursorException;
import dev.edgarlive.store.InvalidQueryException;
import dev.edgarlive.store.StoredFiling;
import dev.edgarlive.store.StoredPart;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What the API can answer, in the API's terms: views instead of store records, {@link ApiProblem}s instead of
 * empty optionals and store exceptions. The resources only bind HTTP to these methods.
 *
 * <p>No response passes Lambda's payload limit: a filing whose texts would is answered 413 with the URLs of each
 * text (decided from the lengths its rows record, before any text is read); an item or exhibit whose text would is
 * answered with a link to the S3 object the text is kept in (see {@link TextLinks}).
 */
@ApplicationScoped
public class FilingService {

    /** Item codes and exhibit numbers are short ({@code 2.02}, {@code II-1A}, {@code 99.1}, {@code 10.1(a)}). */
    private static final Pattern PART_KEY = Pattern.compile("[\\p{Alnum}.()\\- ]{1,32}");
    /** Room left in a body for what surrounds a text (title, excerpt, names): far more than they take. */
    private static final long BODY_AROUND_TEXT = 100_000;

    private final ApiBackend backend;
    private final TextLinks links;

    public FilingService(ApiBackend backend, TextLinks links) {
        this.backend = backend;
        this.links = links;
    }

    public FilingView filing(String id, boolean withTexts) {
        String filingId = filingId(id);
        // Each character of a text takes at least a byte, so texts longer than the body limit in characters cannot
        // fit: the store then leaves them unread.
        StoredFiling stored = store().findFiling(filingId, withTexts, LambdaPayload.MAX_BODY)
                .orElseThrow(() -> ApiProblem.notFound("No filing has the id '" + filingId + "'."));
        FilingView view = FilingView.of(stored);
        if (withTexts && !stored.textsIncluded()) {
            long characters = stored.itemTexts().stream().mapToLong(t -> t.length()).sum()
                    + stored.exhibitTexts().stream().mapToLong(t -> t == null ? 0 : t.length()).sum();
            throw view.tooLarge(characters);
        }
        return view;
    }

    public ItemView item(String id, String code) {
        String filingId = filingId(id);
        String wanted = partKey("code", code);
        StoredPart<Item> stored = store().findItem(filingId, wanted, LambdaPayload.MAX_BODY)
                .orElseThrow(() -> ApiProblem.notFound("Filing '" + filingId + "' has no item " + Problems.quote(code)
                        + "."));
        Item item = stored.part();
        return whole(stored, item.text()) ? ItemView.full(item)
                : ItemView.linked(item, stored.extent(), links.link(stored, filingId, "item " + item.code()));
    }

    public ExhibitView exhibit(String id, String number) {
        String filingId = filingId(id);
        String wanted = partKey("number", number);
        StoredPart<Exhibit> stored = store().findExhibit(filingId, wanted, LambdaPayload.MAX_BODY)
                .orElseThrow(() -> ApiProblem.notFound("Filing '" + filingId + "' has no exhibit "
                        + Problems.quote(number) + "."));
        Exhibit exhibit = stored.part();
        return whole(stored, exhibit.text()) ? ExhibitView.full(exhibit)
                : ExhibitView.linked(exhibit, stored.extent(), links.link(stored, filingId, "exhibit "
                + exhibit.number()));
    }

    public CompanyProfile company(String cik) {
        String normalized = cik(cik);
        return store().findCompany(normalized)
                .orElseThrow(() -> ApiProblem.notFound("No filing of a company with CIK " + normalized + " is stored."));
    }

    public PageView<FilingSummary> companyFilings(String cik, String form, FilingQuery query) {
        String normalized = cik(cik);
        FilingQuery filtered = form == null || form.isBlank() ? query : query.withForm(formType(form));
        return storeCall(() -> PageView.of(store().companyFilings(normalized, filtered)));
    }

    public PageView<FilingSummary> filings(String form, String item, FilingQuery query) {
        boolean byForm = form != null && !form.isBlank();
        boolean byItem = item != null && !item.isBlank();
        if (byForm == byItem) {
            throw ApiProblem.badParameter(byForm ? "item" : "form",
                    "give exactly one of form (for example 8-K) or item (for example 2.02)");
        }
        return byForm
                ? storeCall(() -> PageView.of(store().filingsByForm(formType(form), query)))
                : storeCall(() -> PageView.of(store().filingsByItem(itemCode(item), query)));
    }

    public DailyStats dailyCounts(String form, String item, LocalDate from, LocalDate to) {
        boolean byForm = form != null && !form.isBlank();
        boolean byItem = item != null && !item.isBlank();
        if (byForm == byItem) {
            throw ApiProblem.badParameter(byForm ? "item" : "form", "give exactly one of form, item or by");
        }
        checkRange(from, to);
        List<DailyCount> days = byForm
                ? store().dailyCountsByForm(formType(form), from, to)
                : store().dailyCountsByItem(itemCode(item), from, to);
        return new DailyStats(byForm ? formType(form) : null, byItem ? itemCode(item) : null, from, to, days);
    }

    /** Every form's (by=form) or every item code's (by=item) filings per day: a stacked chart in one read. */
    public DailyBreakdown dailyBreakdown(String by, String form, String item, LocalDate from, LocalDate to) {
        String dimension = by.strip().toLowerCase(java.util.Locale.ROOT);
        if (!dimension.equals("form") && !dimension.equals("item")) {
            throw ApiProblem.badParameter("by", Problems.quote(by) + " is not a way to count: by=form counts every"
                    + " form type, by=item every item code");
        }
        if (form != null || item != null) {
            throw ApiProblem.badParameter(form != null ? "form" : "item", "give exactly one of form, item or by");
        }
        checkRange(from, to);
        return DailyBreakdown.of(dimension, from, to, dimension.equals("form")
                ? store().dailyCountsOfEveryForm(from, to) : store().dailyCountsOfEveryItem(from, to));
    }

    /** Uploads that did not become filings, newest failure first; {@code from}/{@code to} are days (UTC). */
    public PageView<FailureView> failures(FilingQuery query) {
        return storeCall(() -> PageView.of(store().failures(query), FailureView::of));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ApiProblem.badParameter("from", "from (" + from + ") is after to (" + to + ")");
        }
        if (from.plusDays(DailyStats.MAX_DAYS).isBefore(to)) {
            throw ApiProblem.badParameter("from", "a range may span at most " + DailyStats.MAX_DAYS + " days");
        }
    }

    /** Read at each call: while the function primes itself, the backend is a stub's (see {@link ApiBackend}). */
    private FilingStore store() {
        return backend.store();
    }

    /**
     * Whether a part is answered with its text in the body: when it has none, or one that fits a body with what
     * surrounds it. Otherwise its text is linked to (it was left unread in S3, or read and found too large).
     */
    private static boolean whole(StoredPart<?> stored, String text) {
        if (text == null) {
            return stored.textObject().isEmpty();
        }
        return LambdaPayload.stringBytes(text) <= LambdaPayload.MAX_BODY - BODY_AROUND_TEXT;
    }

    private String formType(String form) {
        return FormCatalog.formType(form).orElseThrow(() -> ApiProblem.badParameter("form",
                Problems.quote(form) + " is not an EDGAR form type this API knows (for example 8-K, 10-K, 10-Q, 8-K/A)"));
    }

    private String itemCode(String item) {
        String code = item.strip();
        if (!FormCatalog.isItemCode(code)) {
            throw ApiProblem.badParameter("item", Problems.quote(item) + " is not an item code (for example 2.02, "
                    + "5.02, 8.01; items before August 2004 are found under today's numbers)");
        }
        return code.toUpperCase(java.util.Locale.ROOT);
    }

    /** A filing id from the path: an accession number or a content id, else the request cannot name a filing. */
    private static String filingId(String id) {
        return FilingId.parse(id).map(FilingId::value).orElseThrow(() -> ApiProblem.badParameter("id",
                "an id is an accession number (0000950134-00-009581) or sha256- and 32 lowercase hex digits, was "
                        + Problems.quote(id)));
    }

    /** An item code or exhibit number from the path: a few letters, digits, dots, dashes or parentheses. */
    private static String partKey(String name, String value) {
        if (value == null || !PART_KEY.matcher(value).matches()) {
            throw ApiProblem.badParameter(name, name + " is 1 to 32 letters, digits, dots, dashes or parentheses"
                    + " (for example " + ("code".equals(name) ? "2.02 or 5" : "99.1") + "), was " + Problems.quote(value));
        }
        return value;
    }

    /** A CIK as EDGAR writes it in headers: ten digits with leading zeros. */
    private static String cik(String cik) {
        String digits = cik == null ? "" : cik.strip();
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiProblem.badParameter("cik", "a CIK is 1 to 10 digits, was " + Problems.quote(cik));
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
