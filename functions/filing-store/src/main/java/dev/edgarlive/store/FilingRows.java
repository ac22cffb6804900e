package dev.edgarlive.store;

import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.filing.Signature;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A filing laid out as rows of its partition plus the S3 objects that hold texts too large for a row, all of one
 * content {@code version}. Body rows carry the version at the end of their sort key and in {@code cv}, so that two
 * versions can sit side by side while a replacement is under way: META names the one that counts. META is written
 * last, in the commit transaction, together with the index rows: it is the commit point that makes the rest
 * visible.
 *
 * @param body    the filing's parts and full texts, of this version
 * @param index   the rows of the by-item and by-company-and-form lists (one per key, whatever the version)
 * @param objects texts that go to S3 under {@code derived/<id>/<version>/}, written before any row points to them
 */
record FilingRows(Map<String, AttributeValue> meta, List<Map<String, AttributeValue>> body,
                  List<Map<String, AttributeValue>> index, List<DerivedObject> objects, IndexFacts facts,
                  String version) {

    record DerivedObject(String key, byte[] bytes) {
    }

    /** What a content version is written with besides the filing: its name, the parser, META's next revision. */
    record Version(String name, int parserVersion, long metaRevision) {
    }

    static FilingRows of(String id, Filing filing, String contentSha256, Collection<String> sourceKeys,
                         Instant storedAt, int shards, Version version) {
        String cv = version.name();
        IndexFacts facts = IndexFacts.of(id, filing, shards);
        String pk = Keys.filing(id);
        String objectPrefix = DerivedObjects.prefix(id, cv);
        List<Map<String, AttributeValue>> body = new ArrayList<>();
        List<DerivedObject> objects = new ArrayList<>();

        for (int i = 0; i < filing.items().size(); i++) {
            Item item = filing.items().get(i);
            String text = item.text() == null ? "" : item.text();
            TextExtent extent = Excerpts.of(text);
            Row row = Row.keyed(pk, Keys.item(i + 1, cv))
                    .put(Attr.CONTENT_VERSION, cv)
                    .put(Attr.ORDINAL, i + 1)
                    .put(Attr.CODE, item.code())
                    .put(Attr.NORMALIZED, item.normalizedCode())
                    .put(Attr.TITLE, item.title())
                    .put(Attr.HAS_TEXT, item.text() != null)
                    .put(Attr.LENGTH, extent.length())
                    .put(Attr.EXCERPT, extent.excerpt());
            if (!item.textSharedWith().isEmpty()) {
                row.putStrings(Attr.SHARED_WITH, item.textSharedWith());
            }
            body.add(row.build());
            if (item.text() != null) {
                body.add(textRow(pk, Keys.itemText(i + 1, cv), cv, item.text(),
                        objectPrefix + "items/" + (i + 1) + ".txt", objects));
            }
        }
        for (int i = 0; i < filing.exhibits().size(); i++) {
            Exhibit exhibit = filing.exhibits().get(i);
            Row row = Row.keyed(pk, Keys.exhibit(i + 1, cv))
                    .put(Attr.CONTENT_VERSION, cv)
                    .put(Attr.ORDINAL, i + 1)
                    .put(Attr.NUMBER, exhibit.number())
                    .put(Attr.DESCRIPTION, exhibit.description())
                    .put(Attr.DOCUMENT_TYPE, exhibit.documentType())
                    .put(Attr.SEQUENCE, exhibit.sequence())
                    .put(Attr.FILE_NAME, exhibit.fileName())
                    .put(Attr.HAS_TEXT, exhibit.text() != null);
            if (exhibit.text() != null) {
                TextExtent extent = Excerpts.of(exhibit.text());
                row.put(Attr.LENGTH, extent.length()).put(Attr.EXCERPT, extent.excerpt());
                body.add(textRow(pk, Keys.exhibitText(i + 1, cv), cv, exhibit.text(),
                        objectPrefix + "exhibits/" + (i + 1) + ".txt", objects));
            }
            body.add(row.build());
        }
        for (int i = 0; i < filing.signatures().size(); i++) {
            Signature s = filing.signatures().get(i);
            body.add(Row.keyed(pk, Keys.signature(i + 1, cv))
                    .put(Attr.CONTENT_VERSION, cv)
                    .put(Attr.NAME, s.name()).put(Attr.TITLE, s.title()).put(Attr.DATE, s.date())
                    .build());
        }
        for (int i = 0; i < filing.documents().size(); i++) {
            Document d = filing.documents().get(i);
            body.add(Row.keyed(pk, Keys.document(i + 1, cv))
                    .put(Attr.CONTENT_VERSION, cv)
                    .put(Attr.SEQUENCE, d.sequence())
                    .put(Attr.DOCUMENT_TYPE, d.type())
                    .put(Attr.FILE_NAME, d.fileName())
                    .put(Attr.DESCRIPTION, d.description())
                    .put(Attr.FORMAT, d.format() == null ? null : d.format().name())
                    .put(Attr.SIZE, d.size())
                    .build());
        }
        for (int i = 0; i < filing.warnings().size(); i++) {
            ParseIssue w = filing.warnings().get(i);
            body.add(Row.keyed(pk, Keys.issue(i + 1, cv))
                    .put(Attr.CONTENT_VERSION, cv)
                    .put(Attr.CODE, w.code())
                    .put(Attr.SEVERITY, w.severity() == null ? null : w.severity().name())
                    .put(Attr.OFFSET, w.offset())
                    .put(Attr.MESSAGE, w.message())
                    .build());
        }

        Map<String, AttributeValue> summary = summary(id, filing, facts);
        Row meta = Row.keyed(pk, Keys.META)
                .putAll(summary)
                .put(Attr.AMENDMENT, filing.amendment())
                .put(Attr.ACCEPTED, filing.acceptedAt() == null ? null : filing.acceptedAt().toString())
                .put(Attr.COMPANY, CompanyMapping.toAttribute(filing.company()))
                .put(Attr.REGISTRANTS, filing.registrants().isEmpty() ? null
                        : CompanyMapping.registrants(filing.registrants()))
                .putStringSet(Attr.SOURCES, sourceKeys)
                .put(Attr.SHA256, contentSha256)
                .put(Attr.STORED_AT, storedAt.toString())
                .put(Attr.FORM_KEY, facts.formKey())
                .put(Attr.DAY, facts.day())
                .put(Attr.SHARD, facts.shard())
                .put(Attr.ITEM_COUNT, filing.items().size())
                .put(Attr.EXHIBIT_COUNT, filing.exhibits().size())
                .put(Attr.SIGNATURE_COUNT, filing.signatures().size())
                .put(Attr.DOCUMENT_COUNT, filing.documents().size())
                .put(Attr.ISSUE_COUNT, filing.warnings().size())
                .put(Attr.CONTENT_VERSION, cv)
                .put(Attr.PARSER_VERSION, version.parserVersion())
                .put(Attr.META_REVISION, version.metaRevision());
        if (facts.cik() != null) {
            meta.put(Keys.GSI1PK, Keys.company(facts.cik())).put(Keys.GSI1SK, facts.dated());
        }
        if (facts.formKey() != null) {
            meta.put(Keys.GSI2PK, Keys.formShard(facts.formKey(), facts.shard())).put(Keys.GSI2SK, facts.dated());
        }
        FilingRows rows = new FilingRows(meta.build(), List.copyOf(body), index(pk, summary, facts, cv),
                List.copyOf(objects), facts, cv);
        rows.checkSizes();
        return rows;
    }

    /**
     * The index rows of a filing: one per item code (by-item lists) and one for the company-and-form list, each a
     * copy of the summary with its GSI keys. Built the same way from a filing and from its META row, so that a
     * clean-up can restore them from META alone.
     */
    static List<Map<String, AttributeValue>> index(String pk, Map<String, AttributeValue> summary, IndexFacts facts,
                                                   String version) {
        List<Map<String, AttributeValue>> index = new ArrayList<>();
        for (String code : facts.itemCodes()) {
            index.add(Row.keyed(pk, Keys.itemRef(code))
                    .putAll(summary)
                    .put(Attr.CONTENT_VERSION, version)
                    .put(Keys.GSI3PK, Keys.itemShard(code, facts.shard()))
                    .put(Keys.GSI3SK, facts.dated())
                    .build());
        }
        if (facts.cik() != null && facts.formKey() != null) {
            index.add(Row.keyed(pk, Keys.XREF_COMPANY_FORM)
                    .putAll(summary)
                    .put(Attr.CONTENT_VERSION, version)
                    .put(Keys.GSI1PK, Keys.companyForm(facts.cik(), facts.formKey()))
                    .put(Keys.GSI1SK, facts.dated())
                    .build());
        }
        return List.copyOf(index);
    }

    /** The index rows a META row implies. */
    static List<Map<String, AttributeValue>> indexOfMeta(Map<String, AttributeValue> meta) {
        RowValues m = new RowValues(meta);
        Row summary = new Row();
        for (String name : SUMMARY) {
            summary.put(name, meta.get(name));
        }
        String version = m.string(Attr.CONTENT_VERSION);
        return index(m.required(Keys.PK), summary.build(), IndexFacts.fromMeta(m), version == null ? "" : version);
    }

    /** The attributes of a summary, in {@link #summary}. */
    private static final List<String> SUMMARY = List.of(Attr.ID, Attr.ACCESSION, Attr.FORM, Attr.FILED, Attr.PERIOD,
            Attr.CIK, Attr.NAME, Attr.ITEM_CODES);

    /** The attributes a list shows, copied onto every row an index returns. */
    static Map<String, AttributeValue> summary(String id, Filing filing, IndexFacts facts) {
        return new Row()
                .put(Attr.ID, id)
                .put(Attr.ACCESSION, filing.accessionNumber())
                .put(Attr.FORM, filing.formType())
                .put(Attr.FILED, filing.filedDate())
                .put(Attr.PERIOD, filing.periodOfReport())
                .put(Attr.CIK, filing.company() == null ? null : filing.company().cik())
                .put(Attr.NAME, filing.company() == null ? null : filing.company().name())
                .putStrings(Attr.ITEM_CODES, facts.itemCodes())
                .build();
    }

    static FilingSummary readSummary(Map<String, AttributeValue> row) {
        RowValues v = new RowValues(row);
        return new FilingSummary(v.required(Attr.ID), v.string(Attr.ACCESSION), v.string(Attr.FORM),
                v.date(Attr.FILED), v.date(Attr.PERIOD), v.string(Attr.CIK), v.string(Attr.NAME),
                v.strings(Attr.ITEM_CODES));
    }

    /** Every row of this layout. */
    List<Map<String, AttributeValue>> allRows() {
        List<Map<String, AttributeValue>> all = new ArrayList<>(body);
        all.addAll(index);
        all.add(meta);
        return all;
    }

    private static Map<String, AttributeValue> textRow(String pk, String sk, String version, String text,
                                                       String objectKey, List<DerivedObject> objects) {
        TextPlacement.Placement p = TextPlacement.place(text, objectKey);
        Row row = Row.keyed(pk, sk)
                .put(Attr.CONTENT_VERSION, version)
                .put(Attr.ENCODING, p.encoding().name())
                .put(Attr.LENGTH, text.length())
                .put(Attr.BYTES, p.utf8Length())
                .put(Attr.SHA256, p.sha256());
        switch (p.encoding()) {
            case INLINE -> row.put(Attr.TEXT, p.inline());
            case GZIP -> row.put(Attr.GZIP, p.compressed());
            case S3 -> {
                row.put(Attr.OBJECT, p.objectKey());
                objects.add(new DerivedObject(p.objectKey(), p.objectBytes()));
            }
        }
        return row.build();
    }

    private void checkSizes() {
        for (Map<String, AttributeValue> row : allRows()) {
            long size = ItemSize.of(row);
            if (size > ItemSize.BUDGET) {
                throw new FilingTooLargeException("row " + row.get(Keys.SK).s() + " of filing " + facts.id()
                        + " would take " + size + " bytes, over the " + ItemSize.BUDGET + "-byte row budget");
            }
        }
    }
}
