package dev.edgarlive.store;

import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a filing is indexed and counted by. Kept on its META row so that a delete or a replacement undoes exactly
 * what the first write did, even if the rules that derive these facts change in between.
 *
 * @param formKey   the normalized form, or null when the filing states none
 * @param day       the filed date (else the period of report, else the acceptance day); null when the filing
 *                  carries no date at all: such a filing is listed last and counted nowhere
 * @param cik       the normalized CIK, or null
 * @param itemCodes distinct normalized item codes in filing order
 */
record IndexFacts(String id, String formKey, LocalDate day, int shard, String cik, List<String> itemCodes) {

    IndexFacts {
        itemCodes = List.copyOf(itemCodes);
    }

    static IndexFacts of(String id, Filing filing, int shards) {
        Set<String> codes = new LinkedHashSet<>();
        for (Item item : filing.items()) {
            String code = Keys.itemCode(item.normalizedCode());
            if (code != null) {
                codes.add(code);
            }
        }
        String cik = filing.company() == null ? null : Keys.cik(filing.company().cik());
        return new IndexFacts(id, Keys.form(filing.formType()), listingDay(filing), Keys.shardOf(id, shards), cik,
                List.copyOf(codes));
    }

    static LocalDate listingDay(Filing filing) {
        if (filing.filedDate() != null) {
            return filing.filedDate();
        }
        if (filing.periodOfReport() != null) {
            return filing.periodOfReport();
        }
        return filing.acceptedAt() == null ? null : filing.acceptedAt().toLocalDate();
    }

    /** The facts a META row was written with. */
    static IndexFacts fromMeta(RowValues meta) {
        Integer shard = meta.integer(Attr.SHARD);
        return new IndexFacts(meta.required(Attr.ID), meta.string(Attr.FORM_KEY), meta.date(Attr.DAY),
                shard == null ? 0 : shard, Keys.cik(meta.string(Attr.CIK)), meta.strings(Attr.ITEM_CODES));
    }

    /** The sort keys of the index rows this filing wrote besides META. */
    List<String> indexRowKeys() {
        List<String> keys = new ArrayList<>();
        itemCodes.forEach(code -> keys.add(Keys.itemRef(code)));
        if (cik != null && formKey != null) {
            keys.add(Keys.XREF_COMPANY_FORM);
        }
        return keys;
    }

    /** The sort key of this filing in every by-date index. */
    String dated() {
        return Keys.dated(day == null ? Keys.UNDATED : day.toString(), id);
    }
}
