package dev.edgarlive.ingest.reprocess;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.ingest.IngestMessage;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The reprocess queue as the reprocess function uses it: re-parse requests go on ten to a call (SendMessageBatch),
 * entries SQS refuses are sent again, and its depth (waiting plus in flight) tells how much is left to do.
 */
public final class ReprocessQueue implements Consumer<List<String>> {

    private static final int BATCH = 10;
    private static final int ATTEMPTS = 5;

    private final SqsClient sqs;
    private final String url;
    private final String bucket;
    private final ObjectMapper json;

    public ReprocessQueue(SqsClient sqs, String url, String bucket, ObjectMapper json) {
        this.sqs = sqs;
        this.url = url;
        this.bucket = bucket;
        this.json = json;
    }

    /** Queues a re-parse request for each key. */
    @Override
    public void accept(List<String> keys) {
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + BATCH));
            for (int i = 0; i < slice.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .messageBody(new IngestMessage.ReprocessRequest(bucket, slice.get(i)).toJson(json)).build());
            }
            send(entries);
        }
    }

    private void send(List<SendMessageBatchRequestEntry> entries) {
        List<SendMessageBatchRequestEntry> pending = entries;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<SendMessageBatchRequestEntry> batch = pending;
            SendMessageBatchResponse response = sqs.sendMessageBatch(request -> request.queueUrl(url).entries(batch));
            if (response.failed().isEmpty()) {
                return;
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException(response.failed().size() + " re-parse requests were refused "
                        + ATTEMPTS + " times, the first: " + response.failed().get(0).message());
            }
            List<String> failedIds = response.failed().stream().map(f -> f.id()).toList();
            pending = batch.stream().filter(entry -> failedIds.contains(entry.id())).toList();
        }
    }

    /** Requests waiting on the queue or being worked on now (SQS's approximate counts). */
    public long depth() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"))
                + Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                "0"));
    }
}
