package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One list over a GSI: the partitions to read (one per write shard, or a single one), the inclusive sort-key
 * range, and how to rebuild a row's table key from its index sort key, so a cursor need carry only that.
 *
 * @param binding   everything that defines the query, for the cursor's signature
 * @param tableKeyOf the table key (PK, SK) of the row with this index sort key
 */
record IndexQuery(String indexName, String partitionAttribute, String sortAttribute, List<String> partitions,
                  String low, String high, String binding,
                  Function<String, Map<String, AttributeValue>> tableKeyOf) {

    IndexQuery {
        partitions = List.copyOf(partitions);
    }

    /** A binding that no two different queries share: each part length-prefixed, so no separator can be forged. */
    static String bind(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object part : parts) {
            if (part == null) {
                b.append("-;");     // no length prefix, so no value can read the same
            } else {
                String s = part.toString();
                b.append(s.length()).append(':').append(s).append(';');
            }
        }
        return b.toString();
    }
}
