package dev.edgarlive.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs TransactWriteItems and says why one was cancelled.
 *
 * <p>Each transaction carries a {@code ClientRequestToken} derived from its whole content. Sending the same
 * transaction again within DynamoDB's ten-minute window (the SDK's retry after a lost answer, or ours) then
 * returns success without applying it twice, rather than failing the conditions the first one already changed;
 * and two different transactions can never share a token (which DynamoDB would refuse).
 */
final class Transactions {

    /** A transaction lost a race on a row other than the source row (META, a seal): decide again and retry. */
    static final class LostRace extends RuntimeException {
        LostRace(String reasons) {
            super(reasons, null, false, false);
        }
    }

    private final DynamoDbClient dynamo;

    Transactions(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    /**
     * Writes {@code actions} as one transaction.
     *
     * @param sourceAction the index of the action on the key's source row, or -1: when that action's condition
     *                     fails, the key changed since its state was read
     * @throws SourceChangedException when the source row's condition failed
     * @throws LostRace               when another condition failed or the transaction conflicted with another
     */
    void write(List<TransactWriteItem> actions, int sourceAction, String key) {
        try {
            dynamo.transactWriteItems(b -> b.transactItems(actions).clientRequestToken(token(actions)));
        } catch (TransactionCanceledException e) {
            if (!e.hasCancellationReasons()) {
                throw new LostRace("cancelled without reasons");
            }
            List<CancellationReason> reasons = e.cancellationReasons();
            if (sourceAction >= 0 && sourceAction < reasons.size()
                    && "ConditionalCheckFailed".equals(reasons.get(sourceAction).code())) {
                throw new SourceChangedException(key);
            }
            if (reasons.stream().map(CancellationReason::code)
                    .anyMatch(c -> "ConditionalCheckFailed".equals(c) || "TransactionConflict".equals(c))) {
                throw new LostRace(codes(reasons));
            }
            throw e;
        }
    }

    /** At most 36 characters, as DynamoDB requires: 144 bits of the SHA-256 of the request's content. */
    static String token(List<TransactWriteItem> actions) {
        byte[] digest = Hashes.sha256(actions.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 18);
    }

    static String codes(List<CancellationReason> reasons) {
        return reasons.stream().map(r -> r.code() == null ? "None" : r.code()).toList().toString();
    }
}
