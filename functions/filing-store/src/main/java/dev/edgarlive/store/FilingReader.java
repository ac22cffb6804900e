package dev.edgarlive.store;

import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Item;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads one filing, or one of its items or exhibits with its full text, always of one content version: the one
 * META names.
 *
 * <p>A filing is one Query on its partition: {@code SK < "TEXT#"} without texts, {@code SK < "VERSION#"} with
 * them (more pages only when its texts pass 1 MB); rows of other versions (a replacement under way, or one not yet
 * cleaned up) are read and left out. An item or exhibit is one Query from its kind's rows up to META, then one
 * GetItem of its text row; texts kept in S3 add one GetObject each, unless larger than the caller takes. A read that finds its version incomplete (it
 * raced the clean-up of a version replaced meanwhile, or lagged a commit) reads again, strongly consistent.
 */
final class FilingReader {

    /** Reads of one filing before a version that stays incomplete is reported as corrupt. */
    private static final int READS = 3;

    private final DynamoDbClient dynamo;
    private final String table;
    private final FilingAssembler assembler;

    FilingReader(DynamoDbClient dynamo, String table, DerivedObjects derived) {
        this.dynamo = dynamo;
        this.table = table;
        this.assembler = new FilingAssembler(derived::read);
    }

    /**
     * The filing, with its texts when {@code withTexts} and they total at most {@code maxTextChars} characters;
     * past that it is assembled without them (see {@link StoredFiling#textsIncluded()}), before any is read from S3
     * or decompressed.
     */
    Optional<StoredFiling> filing(String id, boolean withTexts, long maxTextChars) {
        if (FilingId.parse(id).isEmpty()) {
            return Optional.empty();
        }
        return reading(id, consistent -> {
            QueryRequest request = QueryRequest.builder().tableName(table)
                    .keyConditionExpression("#pk = :pk AND #sk < :end")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(Keys.filing(id)),
                            ":end", AttributeValue.fromS(withTexts ? Keys.VERSION : Keys.TEXT)))
                    .consistentRead(consistent)
                    .build();
            List<Map<String, AttributeValue>> rows = new ArrayList<>();
            dynamo.queryPaginator(request).items().forEach(rows::add);
            return assembler.assemble(rows, withTexts && textLength(rows) <= maxTextChars);
        });
    }

    /** The total length of the texts of a filing's items and exhibits of the version META names, as their rows record it. */
    private static long textLength(List<Map<String, AttributeValue>> rows) {
        String version = rows.stream().filter(row -> row.get(Keys.SK).s().equals(Keys.META)).findFirst()
                .map(FilingAssembler::versionOf).orElse("");
        long total = 0;
        for (Map<String, AttributeValue> row : rows) {
            String sk = row.get(Keys.SK).s();
            if (!version.equals(FilingAssembler.versionOf(row))) {
                continue;
            }
            RowValues v = new RowValues(row);
            if ((sk.startsWith(Keys.ITEM) || sk.startsWith(Keys.EXHIBIT)) && v.bool(Attr.HAS_TEXT)) {
                total += v.number(Attr.LENGTH, 0);
            }
        }
        return total;
    }

    /** @param maxTextBytes a text kept in S3 that is larger is not read (see {@link StoredPart}) */
    Optional<StoredPart<Item>> item(String id, String code, long maxTextBytes) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return reading(id, consistent -> {
            Optional<Part> part = part(id, Keys.ITEM, v -> wanted.equals(upper(v.string(Attr.CODE))), consistent)
                    .or(() -> part(id, Keys.ITEM, v -> wanted.equals(upper(v.string(Attr.NORMALIZED))),
                            consistent));
            return part.map(p -> {
                RowValues v = p.row();
                TextRead text = v.bool(Attr.HAS_TEXT)
                        ? text(id, Keys.itemText(v.integer(Attr.ORDINAL), p.version()), consistent, maxTextBytes)
                        : TextRead.NONE;
                return new StoredPart<>(FilingAssembler.item(v, text.text()),
                        v.bool(Attr.HAS_TEXT) ? FilingAssembler.extent(v) : null, text.object());
            });
        });
    }

    /** @param maxTextBytes a text kept in S3 that is larger is not read (see {@link StoredPart}) */
    Optional<StoredPart<Exhibit>> exhibit(String id, String number, long maxTextBytes) {
        String wanted = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return reading(id, consistent ->
                part(id, Keys.EXHIBIT, v -> wanted.equals(upper(v.string(Attr.NUMBER))), consistent).map(p -> {
                    RowValues v = p.row();
                    TextRead text = v.bool(Attr.HAS_TEXT)
                            ? text(id, Keys.exhibitText(v.integer(Attr.ORDINAL), p.version()), consistent,
                                    maxTextBytes)
                            : TextRead.NONE;
                    return new StoredPart<>(FilingAssembler.exhibit(v, text.text()),
                            v.bool(Attr.HAS_TEXT) ? FilingAssembler.extent(v) : null, text.object());
                }));
    }

    /** A part's row and the version it belongs to. */
    private record Part(RowValues row, String version) {
    }

    /** One read attempt; {@code consistent} asks for a strongly consistent one. */
    private interface Read<T> {
        Optional<T> attempt(boolean consistent);
    }

    /** Reads until the version read is whole: first eventually consistent, then strongly. */
    private <T> Optional<T> reading(String id, Read<T> read) {
        FilingAssembler.IncompleteVersionException last = null;
        for (int i = 0; i < READS; i++) {
            try {
                return read.attempt(i > 0);
            } catch (FilingAssembler.IncompleteVersionException incomplete) {
                last = incomplete;
            }
        }
        throw new CorruptRowException("filing " + id + " stays incomplete after " + READS + " reads: "
                + last.getMessage());
    }

    /**
     * The first row of one kind, of the version META names, that matches, preferring one with text: a filing may
     * carry one exhibit twice, as a PDF (no text) and as text, under the same number. One Query reads the kind's
     * rows and META with them (META sorts after every kind of part a lookup asks for).
     */
    private Optional<Part> part(String id, String prefix, Predicate<RowValues> matches, boolean consistent) {
        if (FilingId.parse(id).isEmpty()) {
            return Optional.empty();
        }
        QueryRequest request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :meta")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(Keys.filing(id)),
                        ":from", AttributeValue.fromS(prefix),
                        ":meta", AttributeValue.fromS(Keys.META)))
                .consistentRead(consistent)
                .build();
        List<Map<String, AttributeValue>> rows = new ArrayList<>();
        dynamo.queryPaginator(request).items().forEach(rows::add);
        Map<String, AttributeValue> meta = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (meta == null || !meta.get(Keys.SK).s().equals(Keys.META)) {
            return Optional.empty();     // parts without META: the remains of an unfinished write or delete
        }
        String version = FilingAssembler.versionOf(meta);
        RowValues firstWithoutText = null;
        for (Map<String, AttributeValue> row : rows) {
            if (!row.get(Keys.SK).s().startsWith(prefix) || !version.equals(FilingAssembler.versionOf(row))) {
                continue;
            }
            RowValues v = new RowValues(row);
            if (matches.test(v)) {
                if (v.bool(Attr.HAS_TEXT)) {
                    return Optional.of(new Part(v, version));
                }
                if (firstWithoutText == null) {
                    firstWithoutText = v;
                }
            }
        }
        return Optional.ofNullable(firstWithoutText).map(v -> new Part(v, version));
    }

    /** A part's text as read: the text (null when it has none, or when it was left in S3), and its S3 object. */
    private record TextRead(String text, Optional<TextObject> object) {
        static final TextRead NONE = new TextRead(null, Optional.empty());
    }

    /**
     * The text of one text row (rows of a version are written before its META and never change), unless it is an
     * S3 object of more than {@code maxTextBytes}: that is left unread.
     */
    private TextRead text(String id, String textKey, boolean consistent, long maxTextBytes) {
        String pk = Keys.filing(id);
        Map<String, AttributeValue> row = dynamo.getItem(b -> b.tableName(table)
                .key(Row.keyed(pk, textKey).build()).consistentRead(consistent)).item();
        if (row == null || row.isEmpty()) {
            throw new FilingAssembler.IncompleteVersionException("text row " + pk + "/" + textKey + " is missing");
        }
        Optional<TextObject> object = FilingAssembler.object(row);
        boolean tooLarge = object.isPresent() && object.get().bytes() > maxTextBytes;
        return new TextRead(tooLarge ? null : assembler.text(row, pk, textKey), object);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
