package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filing lists, newest first, each one index: a company's filings (GSI1, one partition per company, or per
 * company and form), filings by form (GSI2) and by normalized item code (GSI3), both write-sharded and merged.
 */
final class FilingLists {

    private final IndexReader reader;
    private final int shards;

    FilingLists(IndexReader reader, int shards) {
        this.reader = reader;
        this.shards = shards;
    }

    Page<FilingSummary> byCompany(String cik, FilingQuery query) {
        String company = Keys.cik(cik);
        if (company == null) {
            throw new InvalidQueryException("cik", "not a CIK: " + cik);
        }
        String form = query.form() == null ? null : Keys.form(query.form());
        if (query.form() != null && form == null) {
            throw new InvalidQueryException("form", "not a form type: " + query.form());
        }
        String partition = form == null ? Keys.company(company) : Keys.companyForm(company, form);
        String rowKey = form == null ? Keys.META : Keys.XREF_COMPANY_FORM;
        return page(new IndexQuery(Keys.GSI1, Keys.GSI1PK, Keys.GSI1SK, List.of(partition),
                low(query.from()), high(query.to()),
                IndexQuery.bind("company", partition, query.from(), query.to()),
                sk -> filingRowKey(sk, rowKey)), query);
    }

    Page<FilingSummary> byForm(String formType, FilingQuery query) {
        String form = Keys.form(formType);
        if (form == null) {
            throw new InvalidQueryException("form", "not a form type: " + formType);
        }
        List<String> partitions = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            partitions.add(Keys.formShard(form, shard));
        }
        return page(new IndexQuery(Keys.GSI2, Keys.GSI2PK, Keys.GSI2SK, partitions,
                low(query.from()), high(query.to()),
                IndexQuery.bind("form", form, shards, query.from(), query.to()),
                sk -> filingRowKey(sk, Keys.META)), query);
    }

    Page<FilingSummary> byItem(String itemCode, FilingQuery query) {
        String code = Keys.itemCode(itemCode);
        if (code == null) {
            throw new InvalidQueryException("item", "not an item code: " + itemCode);
        }
        List<String> partitions = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            partitions.add(Keys.itemShard(code, shard));
        }
        String rowKey = Keys.itemRef(code);
        return page(new IndexQuery(Keys.GSI3, Keys.GSI3PK, Keys.GSI3SK, partitions,
                low(query.from()), high(query.to()),
                IndexQuery.bind("item", code, shards, query.from(), query.to()),
                sk -> filingRowKey(sk, rowKey)), query);
    }

    private Page<FilingSummary> page(IndexQuery index, FilingQuery query) {
        Page<Map<String, AttributeValue>> rows = reader.page(index, query.limit(), query.cursor());
        return new Page<>(rows.items().stream().map(FilingRows::readSummary).toList(), rows.nextCursor());
    }

    /** The lowest sort key of a date range: an open start also takes undated filings. */
    static String low(LocalDate from) {
        return from == null ? Keys.UNDATED : from.toString();
    }

    static String high(LocalDate to) {
        return (to == null ? "9999-12-31" : to.toString()) + "#" + Keys.HIGH;
    }

    private static Map<String, AttributeValue> filingRowKey(String datedSortKey, String rowKey) {
        return Row.keyed(Keys.filing(Keys.idOfDated(datedSortKey)), rowKey).build();
    }
}
