package dev.edgarlive.ingest.archive;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class UnpackHandlerTest {

    private static final Instant NOW = Instant.parse("2024-01-02T22:00:00Z");

    private final ArchiveUnpacker unpacker = mock(ArchiveUnpacker.class);
    private final List<String> continuations = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private final UnpackHandler handler = new UnpackHandler(unpacker, continuations::add, json,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anUploadedArchiveIsUnpackedFromTheStartWithTheEventsETag() {
        when(unpacker.unpack(any(), any())).thenReturn(report(true));

        SQSBatchResponse response = handler.handleRequest(batch(s3Event("archives/20240102.nc.tar.gz")), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        verify(unpacker).unpack(argThat(r -> r.key().equals("archives/20240102.nc.tar.gz") && r.eTag().equals("e1")
                && !r.resume()), argThat(deadline -> deadline.isAfter(NOW)));
        assertThat(continuations).isEmpty();
    }

    @Test
    void anArchiveThatNeedsMoreTimeIsPutBackOnTheQueueToResumeFromItsCheckpoint() throws Exception {
        when(unpacker.unpack(any(), any())).thenReturn(report(false));

        handler.handleRequest(batch(s3Event("archives/big.tar.gz")), null);

        assertThat(continuations).singleElement().satisfies(body -> {
            var archive = json.readTree(body).path("archive");
            assertThat(archive.path("key").asText()).isEqualTo("archives/big.tar.gz");
            assertThat(archive.path("resume").asBoolean()).isTrue();
            assertThat(archive.path("eTag").asText()).isEqualTo("e1");
        });
        when(unpacker.unpack(any(), any())).thenReturn(report(true));
        handler.handleRequest(batch(continuations.get(0)), null);
        verify(unpacker).unpack(argThat(ArchiveRequest::resume), any());
    }

    @Test
    void aFailingDependencyHasTheMessageDeliveredAgain() {
        when(unpacker.unpack(any(), any())).thenThrow(new IllegalStateException("S3 throttled"));

        SQSBatchResponse response = handler.handleRequest(batch(s3Event("archives/a.zip")), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m1");
    }

    @Test
    void removalsAndTheTestEventAskForNothing() {
        String removed = s3Event("archives/a.zip").replace("ObjectCreated:Put", "ObjectRemoved:Delete");

        SQSBatchResponse response = handler.handleRequest(batch(removed, "{\"Event\":\"s3:TestEvent\"}"), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        verify(unpacker, never()).unpack(any(), any());
    }

    private static UnpackReport report(boolean complete) {
        return new UnpackReport("b", "archives/x", "e1", "TAR_GZ", complete, complete ? 10 : 4, 10, 10, 0, 0, 0, 1, 2,
                null, List.of(), NOW, NOW);
    }

    private static SQSEvent batch(String... bodies) {
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId("m" + (i + 1));
            message.setBody(bodies[i]);
            messages.add(message);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);
        return event;
    }

    private static String s3Event(String key) {
        return "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":"
                + "{\"key\":\"" + key + "\",\"size\":100,\"eTag\":\"e1\"}}}]}";
    }
}
