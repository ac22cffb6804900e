package dev.edgarlive.store;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.List;
import java.util.Map;

/**
 * What a DynamoDB request costs in on-demand request units, by DynamoDB's documented rules, from the request (writes)
 * and the response (reads): a write unit per KB written (two in a transaction), and as much again for each global
 * secondary index the item is written to (every index here projects ALL); a read unit per 4 KB read strongly
 * consistently, half of one eventually. What the request does not show is counted at the minimum: an update or a
 * delete as one KB (the old item's size is not in the request), a transaction's condition check as a transactional
 * write of one KB.
 *
 * @param writeUnits write request units
 * @param readUnits  read request units
 * @param itemBytes  bytes of the items written (DynamoDB's size, {@link ItemSize})
 */
record CapacityEstimate(double writeUnits, double readUnits, long itemBytes) {

    static final CapacityEstimate NONE = new CapacityEstimate(0, 0, 0);
    private static final int WRITE_UNIT_BYTES = 1024;
    private static final int READ_UNIT_BYTES = 4096;

    static CapacityEstimate of(SdkRequest request, SdkResponse response) {
        if (request instanceof PutItemRequest put) {
            return put(put.item(), 1);
        }
        if (request instanceof BatchWriteItemRequest batch) {
            CapacityEstimate total = NONE;
            for (List<WriteRequest> writes : batch.requestItems().values()) {
                for (WriteRequest write : writes) {
                    total = total.plus(write.putRequest() != null ? put(write.putRequest().item(), 1)
                            : new CapacityEstimate(1, 0, 0));
                }
            }
            return total;
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            CapacityEstimate total = NONE;
            for (TransactWriteItem item : transaction.transactItems()) {
                total = total.plus(item.put() != null ? put(item.put().item(), 2) : new CapacityEstimate(2, 0, 0));
            }
            return total;
        }
        if (request instanceof UpdateItemRequest || request instanceof DeleteItemRequest) {
            return new CapacityEstimate(1, 0, 0);
        }
        if (request instanceof GetItemRequest get && response instanceof GetItemResponse got) {
            return read(got.hasItem() ? List.of(got.item()) : List.of(), Boolean.TRUE.equals(get.consistentRead()), true);
        }
        if (request instanceof QueryRequest query && response instanceof QueryResponse answer) {
            return read(answer.items(), Boolean.TRUE.equals(query.consistentRead()), false);
        }
        if (request instanceof BatchGetItemRequest get && response instanceof BatchGetItemResponse got) {
            boolean strong = get.requestItems().values().stream().anyMatch(k -> Boolean.TRUE.equals(k.consistentRead()));
            CapacityEstimate total = NONE;
            for (List<Map<String, AttributeValue>> items : got.responses().values()) {
                for (Map<String, AttributeValue> item : items) {
                    total = total.plus(read(List.of(item), strong, true));
                }
            }
            return total;
        }
        return NONE;
    }

    CapacityEstimate plus(CapacityEstimate other) {
        return new CapacityEstimate(writeUnits + other.writeUnits, readUnits + other.readUnits,
                itemBytes + other.itemBytes);
    }

    /** A put: its units for the table and for each index whose key it carries. */
    private static CapacityEstimate put(Map<String, AttributeValue> item, int transactional) {
        long size = ItemSize.of(item);
        long units = Math.max(1, (size + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
        long indexes = item.keySet().stream().filter(name -> name.startsWith("GSI") && name.endsWith("PK")).count();
        return new CapacityEstimate((double) units * transactional * (1 + indexes), 0, size);
    }

    /** A read of {@code items}: by item (GetItem, BatchGetItem) or by the whole result (Query). */
    private static CapacityEstimate read(List<Map<String, AttributeValue>> items, boolean strong, boolean perItem) {
        double factor = strong ? 1 : 0.5;
        if (perItem) {
            double units = 0;
            for (Map<String, AttributeValue> item : items) {
                units += Math.max(1, (ItemSize.of(item) + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES) * factor;
            }
            return new CapacityEstimate(0, items.isEmpty() ? factor : units, 0);
        }
        long bytes = items.stream().mapToLong(ItemSize::of).sum();
        return new CapacityEstimate(0, Math.max(1, (bytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES) * factor, 0);
    }
}
