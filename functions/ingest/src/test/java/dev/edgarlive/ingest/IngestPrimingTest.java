package dev.edgarlive.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.parser.FilingParser;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class IngestPrimingTest {

    private final IngestConfig config = mock(IngestConfig.class);
    private final S3Client s3 = mock(S3Client.class);
    private final DynamoDbClient dynamo = mock(DynamoDbClient.class);

    @Test
    void thePrimingBatchRunsTheWholePathToAStoredFilingWithoutCallingTheFunctionsClients() {
        when(config.table()).thenReturn("filings");
        when(config.bucket()).thenReturn("edgar-live-local");
        when(config.filingsPrefix()).thenReturn("filings/");
        when(config.formShards()).thenReturn(8);
        when(config.maxObjectBytes()).thenReturn(64L << 20);
        when(config.maxDecompressionRatio()).thenReturn(100);
        when(config.parseBudget()).thenReturn(java.time.Duration.ofSeconds(60));
        when(config.maxDeliveries()).thenReturn(3);
        IngestPriming priming = new IngestPriming(config, new FilingParser(), new ObjectMapper(), s3, dynamo,
                Clock.systemUTC(), "ingest");

        RecordOutcome outcome = priming.primingBatch();

        assertThat(outcome.outcome()).as(outcome.reason()).isEqualTo(RecordOutcome.Outcome.STORED);
        assertThat(outcome.formType()).isEqualTo("8-K");
        assertThat(outcome.items()).contains("2.02", "9.01");
        // The function's own clients are built, never called: no connection, no credentials before the snapshot.
        verify(s3).serviceClientConfiguration();
        verify(dynamo).serviceClientConfiguration();
        verifyNoMoreInteractions(s3, dynamo);
    }
}
