package dev.edgarlive.store;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionsTest {

    @Test
    void theRequestTokenNamesTheTransactionsContentWithinDynamoDbsLimit() {
        List<TransactWriteItem> a = List.of(put("x"));
        assertThat(Transactions.token(a)).hasSizeLessThanOrEqualTo(36).isEqualTo(Transactions.token(List.of(put("x"))));
        assertThat(Transactions.token(List.of(put("y")))).isNotEqualTo(Transactions.token(a));
    }

    private static TransactWriteItem put(String value) {
        return TransactWriteItem.builder().put(Put.builder().tableName("t")
                .item(Map.of("PK", AttributeValue.fromS(value))).build()).build();
    }
}
