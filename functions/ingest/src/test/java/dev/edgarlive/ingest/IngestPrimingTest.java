package dev.edgarlive.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.FirstCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Clock;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class IngestPrimingTest {

    private final IngestConfig config = mock(IngestConfig.class);
    private final S3Client s3 = mock(S3Client.class);
    private final DynamoDbClient dynamo = mock(DynamoDbClient.class);
    private final FilingStore store = mock(FilingStore.class);

    @BeforeEach
    void configure() {
        when(config.table()).thenReturn("filings");
        when(config.bucket()).thenReturn("edgar-live-local");
        when(config.filingsPrefix()).thenReturn("filings/");
        when(config.formShards()).thenReturn(8);
        when(config.maxObjectBytes()).thenReturn(64L << 20);
        when(config.maxDecompressionRatio()).thenReturn(100);
        when(config.parseBudget()).thenReturn(java.time.Duration.ofSeconds(60));
        when(config.maxDeliveries()).thenReturn(3);
        when(config.priming()).thenReturn(true);
    }

    @Test
    void thePrimingBatchRunsTheWholePathToAStoredFilingWithoutCallingTheFunctionsClients() {
        IngestPriming priming = priming("ingest");

        RecordOutcome outcome = priming.primingBatch();

        assertThat(outcome.outcome()).as(outcome.reason()).isEqualTo(RecordOutcome.Outcome.STORED);
        assertThat(outcome.formType()).isEqualTo("8-K");
        assertThat(outcome.items()).contains("2.02", "9.01");
        // The function's own clients are built, never called: no connection, no credentials before the snapshot.
        verify(s3).serviceClientConfiguration();
        verify(dynamo).serviceClientConfiguration();
        verifyNoMoreInteractions(s3, dynamo);
        verifyNoInteractions(store);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFunctionsOwnClientsCallOnlyWhenNoSnapshotFollows() {
        assertThat(priming("ingest").prime("snap-start")).as("before a SnapStart snapshot").isFalse();
        assertThat(priming("unpack").prime("on-demand")).as("the unpack function primes nothing").isFalse();
        verifyNoInteractions(store);
        verify(s3, never()).headObject(any(Consumer.class));

        assertThat(priming("ingest").prime("on-demand")).as("on demand, and on the local stack").isTrue();
        verify(store).findCompany(FirstCalls.NO_COMPANY);
        verify(s3).headObject(any(Consumer.class));
    }

    private IngestPriming priming(String handler) {
        return new IngestPriming(config, new FilingParser(), new ObjectMapper(), s3, dynamo, store, Clock.systemUTC(),
                handler);
    }
}
