package dev.edgarlive.store;

import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Item;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads one filing, or one of its items or exhibits with its full text.
 *
 * <p>A filing is one Query on its partition: {@code SK < "TEXT#"} without texts, {@code SK < "XREF#"} with
 * them (more pages only when its texts pass 1 MB). An item or exhibit is one Query over that kind of row plus one
 * BatchGetItem of META and its text row; texts kept in S3 add one GetObject each.
 */
final class FilingReader {

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
        QueryRequest request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk < :end")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(Keys.filing(id)),
                        ":end", AttributeValue.fromS(withTexts ? Keys.XREF : Keys.TEXT)))
                .build();
        List<Map<String, AttributeValue>> rows = new ArrayList<>();
        dynamo.queryPaginator(request).items().forEach(rows::add);
        return assembler.assemble(rows, withTexts && textLength(rows) <= maxTextChars);
    }

    /** The total length of the texts of a filing's items and exhibits, as their rows record it. */
    private static long textLength(List<Map<String, AttributeValue>> rows) {
        long total = 0;
        for (Map<String, AttributeValue> row : rows) {
            String sk = row.get(Keys.SK).s();
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
        Optional<RowValues> row = part(id, Keys.ITEM, v -> wanted.equals(upper(v.string(Attr.CODE))))
                .or(() -> part(id, Keys.ITEM, v -> wanted.equals(upper(v.string(Attr.NORMALIZED)))));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        RowValues v = row.get();
        String textKey = Keys.itemText(v.integer(Attr.ORDINAL));
        return withMeta(id, v.bool(Attr.HAS_TEXT) ? textKey : null, maxTextBytes).map(text -> new StoredPart<>(
                new Item(v.string(Attr.CODE), v.string(Attr.NORMALIZED), v.string(Attr.TITLE), text.text()),
                v.bool(Attr.HAS_TEXT) ? FilingAssembler.extent(v) : null, text.object()));
    }

    /** @param maxTextBytes a text kept in S3 that is larger is not read (see {@link StoredPart}) */
    Optional<StoredPart<Exhibit>> exhibit(String id, String number, long maxTextBytes) {
        String wanted = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        Optional<RowValues> row = part(id, Keys.EXHIBIT, v -> wanted.equals(upper(v.string(Attr.NUMBER))));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        RowValues v = row.get();
        String textKey = Keys.exhibitText(v.integer(Attr.ORDINAL));
        return withMeta(id, v.bool(Attr.HAS_TEXT) ? textKey : null, maxTextBytes)
                .map(text -> new StoredPart<>(FilingAssembler.exhibit(v, text.text()),
                        v.bool(Attr.HAS_TEXT) ? FilingAssembler.extent(v) : null, text.object()));
    }

    /**
     * The first row of one kind in a filing's partition that matches, preferring one with text: a filing may carry
     * one exhibit twice, as a PDF (no text) and as text, under the same number.
     */
    private Optional<RowValues> part(String id, String prefix, Predicate<RowValues> matches) {
        if (FilingId.parse(id).isEmpty()) {
            return Optional.empty();
        }
        QueryRequest request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(Keys.filing(id)),
                        ":prefix", AttributeValue.fromS(prefix)))
                .build();
        RowValues firstWithoutText = null;
        for (Map<String, AttributeValue> row : dynamo.queryPaginator(request).items()) {
            RowValues v = new RowValues(row);
            if (matches.test(v)) {
                if (v.bool(Attr.HAS_TEXT)) {
                    return Optional.of(v);
                }
                if (firstWithoutText == null) {
                    firstWithoutText = v;
                }
            }
        }
        return Optional.ofNullable(firstWithoutText);
    }

    /** A part's text as read: the text (null when it has none, or when it was left in S3), and its S3 object. */
    private record TextRead(String text, Optional<TextObject> object) {
        static final TextRead NONE = new TextRead(null, Optional.empty());
    }

    /**
     * Reads the filing's META row (a part without it is the remains of an unfinished write or delete) and, when
     * {@code textKey} is given, that text row, in one request. Empty when the filing is not there; else the text,
     * unless it is an S3 object of more than {@code maxTextBytes}.
     */
    private Optional<TextRead> withMeta(String id, String textKey, long maxTextBytes) {
        String pk = Keys.filing(id);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(Row.keyed(pk, Keys.META).build());
        if (textKey != null) {
            keys.add(Row.keyed(pk, textKey).build());
        }
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> asked = request;
            var response = dynamo.batchGetItem(b -> b.requestItems(asked));
            response.responses().getOrDefault(table, List.of()).forEach(r -> found.put(r.get(Keys.SK).s(), r));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        if (!found.containsKey(Keys.META)) {
            return Optional.empty();
        }
        if (textKey == null) {
            return Optional.of(TextRead.NONE);
        }
        Map<String, AttributeValue> textRow = found.get(textKey);
        Optional<TextObject> object = textRow == null ? Optional.empty() : FilingAssembler.object(textRow);
        boolean tooLarge = object.isPresent() && object.get().bytes() > maxTextBytes;
        return Optional.of(new TextRead(tooLarge ? null : assembler.text(textRow, pk, textKey), object));
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
