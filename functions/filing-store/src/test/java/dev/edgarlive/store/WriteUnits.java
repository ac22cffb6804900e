package dev.edgarlive.store;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Estimates the DynamoDB write units the requests sent would consume on AWS (the emulator reports none): one unit
 * per KB of each item put, {@link ItemSize}'s accounting; one per item updated, deleted or checked (the rows this
 * store updates or deletes one by one are small: source rows, seals, META of a detach, tally rows, index rows);
 * twice that inside a transaction. An estimate for comparing layouts, not a bill.
 */
final class WriteUnits implements ExecutionInterceptor {

    private final AtomicLong units = new AtomicLong();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        units.addAndGet(of(context.request()));
    }

    long total() {
        return units.get();
    }

    void reset() {
        units.set(0);
    }

    static long of(SdkRequest request) {
        if (request instanceof PutItemRequest put) {
            return units(put.item());
        }
        if (request instanceof UpdateItemRequest || request instanceof DeleteItemRequest) {
            return 1;
        }
        if (request instanceof BatchWriteItemRequest batch) {
            long sum = 0;
            for (List<WriteRequest> writes : batch.requestItems().values()) {
                for (WriteRequest w : writes) {
                    sum += w.putRequest() != null ? units(w.putRequest().item()) : 1;
                }
            }
            return sum;
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            long sum = 0;
            for (TransactWriteItem action : transaction.transactItems()) {
                sum += 2 * (action.put() != null ? units(action.put().item()) : 1);
            }
            return sum;
        }
        return 0;
    }

    private static long units(Map<String, AttributeValue> item) {
        return Math.max(1, (ItemSize.of(item) + 1023) / 1024);
    }
}
