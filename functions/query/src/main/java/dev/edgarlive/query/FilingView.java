package dev.edgarlive.query;

import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.filing.Registrant;
import dev.edgarlive.filing.Signature;
import dev.edgarlive.store.StoredFiling;

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
        int parserVersion) {

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
}
