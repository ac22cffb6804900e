package dev.edgarlive.store;

import dev.edgarlive.filing.Document;
import dev.edgarlive.filing.DocumentFormat;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.filing.ParseIssue;
import dev.edgarlive.filing.Signature;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Puts a filing back together from the rows of its partition, the reverse of {@link FilingRows}.
 * Rows without a META row are the remains of an unfinished write or delete, and read as no filing. Only rows of
 * the content version META names are used: a replacement under way writes its rows beside them. A version that
 * is not whole (a read that raced the clean-up of a version replaced meanwhile, or an eventually consistent read
 * that lags a commit) is {@link IncompleteVersionException}, and the reader reads again.
 */
final class FilingAssembler {

    /** The rows read do not hold the whole version META names. */
    static final class IncompleteVersionException extends RuntimeException {
        IncompleteVersionException(String message) {
            super(message, null, false, false);
        }
    }

    private final UnaryOperator<String> objectReader;

    /** @param objectReader reads a derived S3 object's text by key */
    FilingAssembler(UnaryOperator<String> objectReader) {
        this.objectReader = objectReader;
    }

    Optional<StoredFiling> assemble(List<Map<String, AttributeValue>> rows, boolean withTexts) {
        Map<String, AttributeValue> meta = null;
        for (Map<String, AttributeValue> row : rows) {
            if (row.get(Keys.SK).s().equals(Keys.META)) {
                meta = row;
            }
        }
        if (meta == null) {
            return Optional.empty();
        }
        String version = versionOf(meta);
        List<RowValues> items = new ArrayList<>();
        List<RowValues> exhibits = new ArrayList<>();
        List<RowValues> signatures = new ArrayList<>();
        List<RowValues> documents = new ArrayList<>();
        List<RowValues> issues = new ArrayList<>();
        Map<String, Map<String, AttributeValue>> texts = new HashMap<>();
        for (Map<String, AttributeValue> row : rows) {
            String sk = row.get(Keys.SK).s();
            if (sk.equals(Keys.META) || !version.equals(versionOf(row))) {
                continue;
            }
            if (sk.startsWith(Keys.TEXT)) {
                texts.put(sk, row);
            } else if (sk.startsWith(Keys.ITEM)) {
                items.add(new RowValues(row));
            } else if (sk.startsWith(Keys.EXHIBIT)) {
                exhibits.add(new RowValues(row));
            } else if (sk.startsWith(Keys.SIGNATURE)) {
                signatures.add(new RowValues(row));
            } else if (sk.startsWith(Keys.DOCUMENT)) {
                documents.add(new RowValues(row));
            } else if (sk.startsWith(Keys.ISSUE)) {
                issues.add(new RowValues(row));
            }
        }
        RowValues m = new RowValues(meta);
        String pk = m.required(Keys.PK);
        checkCounts(m, Attr.ITEM_COUNT, items.size());
        checkCounts(m, Attr.EXHIBIT_COUNT, exhibits.size());
        checkCounts(m, Attr.SIGNATURE_COUNT, signatures.size());
        checkCounts(m, Attr.DOCUMENT_COUNT, documents.size());
        checkCounts(m, Attr.ISSUE_COUNT, issues.size());

        List<Item> itemList = new ArrayList<>();
        List<TextExtent> itemExtents = new ArrayList<>();
        for (RowValues v : items) {
            int ordinal = v.integer(Attr.ORDINAL);
            String text = null;
            if (withTexts && v.bool(Attr.HAS_TEXT)) {
                text = text(texts.get(Keys.itemText(ordinal, version)), pk, Keys.itemText(ordinal, version));
            }
            itemList.add(item(v, text));
            itemExtents.add(extent(v));
        }
        List<Exhibit> exhibitList = new ArrayList<>();
        List<TextExtent> exhibitExtents = new ArrayList<>();
        for (RowValues v : exhibits) {
            int ordinal = v.integer(Attr.ORDINAL);
            String text = null;
            if (withTexts && v.bool(Attr.HAS_TEXT)) {
                text = text(texts.get(Keys.exhibitText(ordinal, version)), pk, Keys.exhibitText(ordinal, version));
            }
            exhibitList.add(exhibit(v, text));
            exhibitExtents.add(v.bool(Attr.HAS_TEXT) ? extent(v) : null);
        }

        String accepted = m.string(Attr.ACCEPTED);
        Filing filing = new Filing(
                m.string(Attr.ACCESSION),
                m.string(Attr.FORM),
                m.bool(Attr.AMENDMENT),
                m.date(Attr.FILED),
                m.date(Attr.PERIOD),
                accepted == null ? null : LocalDateTime.parse(accepted),
                CompanyMapping.fromAttribute(m.map(Attr.COMPANY)),
                CompanyMapping.readRegistrants(m.list(Attr.REGISTRANTS)),
                itemList,
                exhibitList,
                signatures.stream().map(FilingAssembler::signature).toList(),
                documents.stream().map(FilingAssembler::document).toList(),
                issues.stream().map(FilingAssembler::issue).toList());
        return Optional.of(new StoredFiling(m.required(Attr.ID), m.stringSet(Attr.SOURCES), m.string(Attr.SHA256),
                m.instant(Attr.STORED_AT), (int) m.number(Attr.PARSER_VERSION, 0), filing, withTexts, itemExtents,
                exhibitExtents));
    }

    /** The content version a row belongs to; "" for rows written before versions existed. */
    static String versionOf(Map<String, AttributeValue> row) {
        AttributeValue v = row.get(Attr.CONTENT_VERSION);
        return v == null || v.s() == null ? "" : v.s();
    }

    /** META counts the rows of each kind its version has (rows written before counts existed are not checked). */
    private static void checkCounts(RowValues meta, String countAttribute, int found) {
        long expected = meta.number(countAttribute, -1);
        if (expected >= 0 && expected != found) {
            throw new IncompleteVersionException(meta.string(Keys.PK) + " version " + meta.string(Attr.CONTENT_VERSION)
                    + ": " + found + " rows where META counts " + expected + " (" + countAttribute + ")");
        }
    }

    static Item item(RowValues v, String text) {
        return new Item(v.string(Attr.CODE), v.string(Attr.NORMALIZED), v.string(Attr.TITLE), text,
                v.strings(Attr.SHARED_WITH));
    }

    static Exhibit exhibit(RowValues v, String text) {
        return new Exhibit(v.string(Attr.NUMBER), v.string(Attr.DESCRIPTION), v.string(Attr.DOCUMENT_TYPE),
                v.integer(Attr.SEQUENCE), v.string(Attr.FILE_NAME), text);
    }

    static TextExtent extent(RowValues v) {
        return new TextExtent(v.number(Attr.LENGTH, 0), v.string(Attr.EXCERPT) == null ? "" : v.string(Attr.EXCERPT));
    }

    /** The full text a text row holds or points to, checked against the hash written with it. */
    String text(Map<String, AttributeValue> row, String pk, String sk) {
        if (row == null) {
            throw new IncompleteVersionException("text row " + pk + "/" + sk + " is missing");
        }
        RowValues v = new RowValues(row);
        TextPlacement.Encoding encoding = TextPlacement.Encoding.valueOf(v.required(Attr.ENCODING));
        String text = switch (encoding) {
            case INLINE -> v.required(Attr.TEXT);
            case GZIP -> new String(TextPlacement.gunzip(v.bytes(Attr.GZIP), v.number(Attr.BYTES, -1)),
                    StandardCharsets.UTF_8);
            case S3 -> checked(objectText(v.required(Attr.OBJECT)), v.string(Attr.SHA256), pk, sk);
        };
        if (text.length() != v.number(Attr.LENGTH, -1)) {
            throw new CorruptRowException("text " + pk + "/" + sk + " has " + text.length() + " characters, "
                    + v.number(Attr.LENGTH, -1) + " were stored");
        }
        return text;
    }

    private String objectText(String key) {
        try {
            return objectReader.apply(key);
        } catch (NoSuchKeyException gone) {
            // Deleted by the clean-up of a version replaced after this read began.
            throw new IncompleteVersionException("the S3 object " + key + " is gone");
        }
    }

    /** The S3 object a text row points to, when the text is kept in S3. */
    static Optional<TextObject> object(Map<String, AttributeValue> row) {
        RowValues v = new RowValues(row);
        if (TextPlacement.Encoding.valueOf(v.required(Attr.ENCODING)) != TextPlacement.Encoding.S3) {
            return Optional.empty();
        }
        return Optional.of(new TextObject(v.required(Attr.OBJECT), v.number(Attr.BYTES, -1),
                v.string(Attr.SHA256)));
    }

    /** An object in S3 can be changed behind the table's back; the hash written with the pointer tells. */
    private static String checked(String text, String sha256, String pk, String sk) {
        if (sha256 != null && !sha256.equals(Hashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8)))) {
            throw new CorruptRowException("the S3 object behind " + pk + "/" + sk + " does not hold the text stored");
        }
        return text;
    }

    private static Signature signature(RowValues v) {
        return new Signature(v.string(Attr.NAME), v.string(Attr.TITLE), v.date(Attr.DATE));
    }

    private static Document document(RowValues v) {
        String format = v.string(Attr.FORMAT);
        return new Document(v.integer(Attr.SEQUENCE), v.string(Attr.DOCUMENT_TYPE), v.string(Attr.FILE_NAME),
                v.string(Attr.DESCRIPTION), format == null ? null : DocumentFormat.valueOf(format),
                v.number(Attr.SIZE, 0));
    }

    private static ParseIssue issue(RowValues v) {
        String severity = v.string(Attr.SEVERITY);
        return new ParseIssue(v.string(Attr.CODE), severity == null ? null : ParseIssue.Severity.valueOf(severity),
                v.number(Attr.OFFSET, -1), v.string(Attr.MESSAGE));
    }
}
