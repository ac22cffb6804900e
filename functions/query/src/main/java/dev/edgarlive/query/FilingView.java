package dev.edgarlive.query;

import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.filing.Registrant;
import dev.edgarlive.filing.Signature;
import dev.edgarlive.store.StoredFiling;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A filing as {@code GET /filings/{id}} returns it: the parser's model under the same field names, with the
 * store's id and provenance, and items and exhibits as views that carry their full texts only when asked.
 *
 * @param sourceKeys    the S3 keys whose bytes produced this filing
 * @param parserVersion the version of the parser that made this data (0: stored before versions were recorded);
 *                      data made by an older parser than the current one is parsed again by a reprocess
 */
public record FilingView(
        String id,
        String accessionNumber,
        String formType,
        boolean amendment,
        LocalDate filedDate,
        LocalDate periodOfReport,
        LocalDateTime acceptedAt,
        Company company,
        List<Registrant> registrants,
        List<ItemView> items,
        List<ExhibitView> exhibits,
        List<Signature> signatures,
        List<Document> documents,
        List<ParseIssue> warnings,
        List<String> sourceKeys,
        Instant storedAt,
        int parserVersion) implements TooLargeAdvice {

    static FilingView of(StoredFiling stored) {
        Filing filing = stored.filing();
        List<ItemView> items = new ArrayList<>(filing.items().size());
        for (int i = 0; i < filing.items().size(); i++) {
            items.add(ItemView.of(filing.items().get(i), stored.itemTexts().get(i)));
        }
        List<ExhibitView> exhibits = new ArrayList<>(filing.exhibits().size());
        for (int i = 0; i < filing.exhibits().size(); i++) {
            exhibits.add(ExhibitView.of(filing.exhibits().get(i), stored.exhibitTexts().get(i)));
        }
        return new FilingView(stored.id(), filing.accessionNumber(), filing.formType(), filing.amendment(),
                filing.filedDate(), filing.periodOfReport(), filing.acceptedAt(), filing.company(), filing.registrants(),
                items, exhibits,
                filing.signatures(), filing.documents(), filing.warnings(), stored.sourceKeys(), stored.storedAt(),
                stored.parserVersion());
    }

    /** With its texts, the filing is too large: each text can still be read on its own. */
    @Override
    public ApiProblem tooLarge(long payloadBytes) {
        List<String> itemUrls = new ArrayList<>();
        for (ItemView item : items) {
            itemUrls.add(partUrl(id, "items", item.code()));
        }
        List<String> exhibitUrls = new ArrayList<>();
        for (ExhibitView exhibit : exhibits) {
            if (exhibit.length() != null) {
                exhibitUrls.add(partUrl(id, "exhibits", exhibit.number()));
            }
        }
        return ApiProblem.tooLarge("Filing " + id + " with its texts would take " + payloadBytes + " bytes, more than"
                + " one response can carry (" + LambdaPayload.MAX_BODY + "). Read each text on its own at the URLs"
                + " in itemUrls and exhibitUrls, or the filing without include=text.", "include", itemUrls,
                exhibitUrls);
    }

    /** The path of one item or exhibit, its code or number percent-encoded as a path segment. */
    static String partUrl(String id, String kind, String key) {
        return "/filings/" + id + "/" + kind + "/"
                + URLEncoder.encode(key == null ? "" : key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
