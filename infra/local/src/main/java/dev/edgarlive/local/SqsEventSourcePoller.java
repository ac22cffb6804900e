package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.edgarlive.emulator.EventQueue;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Lambda's SQS event source mapping, on the local stack: pollers read a queue, gather messages into batches as the
 * template's BatchSize and MaximumBatchingWindowInSeconds say, and invoke the function with Lambda's SQS event. As
 * on AWS:
 * <ul>
 *   <li>at most {@code min(MaximumConcurrency, the function's environments)} batches run at once;</li>
 *   <li>a successful invocation deletes its messages, except those the function names in
 *       {@code batchItemFailures} (ReportBatchItemFailures); an answer naming a message not in the batch, or a
 *       function error or timeout, returns the whole batch;</li>
 *   <li>a returned message is received again later, and the queue's redrive policy moves it to the dead-letter
 *       queue once it has been received maxReceiveCount times (the emulator's SQS does that, as SQS does).</li>
 * </ul>
 * One difference, on purpose: a returned message is made visible again after {@code retryDelay} (seconds) instead
 * of the queue's visibility timeout, which the template sizes for Lambda's 15-minute ceiling; a message whose
 * invocation never answers (bin/local stopped) still waits out the full visibility timeout.
 */
final class SqsEventSourcePoller implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONG_POLL_SECONDS = 2;
    private static final int SQS_MAX_MESSAGES = 10;

    private final SqsClient sqs;
    private final EventQueue queue;
    private final SqsEventSource source;
    private final Supplier<LambdaFunction> function;
    private final int concurrency;
    private final Duration retryDelay;
    private final Consumer<String> log;
    private final List<Thread> pollers = new ArrayList<>();
    private int maxReceiveCount;
    private volatile boolean running = true;

    /**
     * @param function   the function as deployed now (the local stack may redeploy it)
     * @param retryDelay how long a returned message stays hidden before it is delivered again
     * @param log        where a line per failed message goes (the function's own log says what it did)
     */
    SqsEventSourcePoller(SqsClient sqs, EventQueue queue, SqsEventSource source, Supplier<LambdaFunction> function,
                         Duration retryDelay, Consumer<String> log) {
        this.sqs = sqs;
        this.queue = queue;
        this.source = source;
        this.function = function;
        this.concurrency = Math.min(source.maximumConcurrency(), function.get().maxEnvironments());
        this.retryDelay = retryDelay;
        this.log = log;
    }

    /** The queue this poller reads. */
    EventQueue queue() {
        return queue;
    }

    /** How many batches run at once: the source's MaximumConcurrency, bounded by the function's environments. */
    int concurrency() {
        return concurrency;
    }

    void start() {
        maxReceiveCount = maxReceiveCountOf(queue);
        for (int i = 1; i <= concurrency(); i++) {
            Thread poller = new Thread(this::pollUntilClosed, function.get().name() + "-" + source.name() + "-poller-" + i);
            poller.setDaemon(true);
            pollers.add(poller);
            poller.start();
        }
    }

    /**
     * Stops polling. A batch being delivered is given a few seconds to finish; a long poll in progress is not waited
     * for, and undelivered messages stay on the queue for the next start.
     */
    @Override
    public void close() {
        running = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (Thread poller : pollers) {
            try {
                poller.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void pollUntilClosed() {
        while (running) {
            try {
                List<Message> batch = nextBatch();
                if (!batch.isEmpty() && running) {
                    deliver(batch);
                }
            } catch (SdkException | IllegalStateException unreachable) {
                // IllegalStateException: the client was closed under a long poll while stopping.
                if (running) {
                    log.accept("queue " + queue.name() + " unreachable (" + unreachable.getMessage()
                            + "); retrying in 1 s");
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    /** Up to BatchSize messages: what one long poll brings, topped up while the batching window lasts. */
    private List<Message> nextBatch() {
        List<Message> batch = new ArrayList<>(receive(LONG_POLL_SECONDS, source.batchSize()));
        if (batch.isEmpty()) {
            return batch;
        }
        long windowEnds = System.nanoTime() + source.batchingWindow().toNanos();
        while (running && batch.size() < source.batchSize() && System.nanoTime() < windowEnds) {
            long secondsLeft = Math.max(0, (windowEnds - System.nanoTime()) / 1_000_000_000);
            List<Message> more = receive((int) Math.min(secondsLeft, LONG_POLL_SECONDS),
                    source.batchSize() - batch.size());
            batch.addAll(more);
            if (more.isEmpty() && secondsLeft == 0) {
                pause(Duration.ofMillis(50));
            }
        }
        return batch;
    }

    private List<Message> receive(int waitSeconds, int wanted) {
        return sqs.receiveMessage(request -> request.queueUrl(queue.url())
                .maxNumberOfMessages(Math.min(SQS_MAX_MESSAGES, wanted))
                .waitTimeSeconds(waitSeconds)
                .messageSystemAttributeNamesWithStrings("All")).messages();
    }

    private void deliver(List<Message> batch) {
        Set<String> failed;
        String why;
        LambdaFunction target = function.get();
        Duration invocationLimit = target.spec().timeout().plusSeconds(90);
        try {
            byte[] answer = target.invoke(sqsEvent(batch)).get(invocationLimit.toMillis(), TimeUnit.MILLISECONDS);
            failed = failedMessages(batch, answer);
            why = "the function named it in batchItemFailures";
        } catch (ExecutionException error) {
            failed = allOf(batch);
            why = error.getCause().getMessage();
        } catch (TimeoutException noAnswer) {
            failed = allOf(batch);
            why = "no answer within " + invocationLimit.toSeconds() + " s";
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
            return;
        }
        List<Message> done = new ArrayList<>();
        for (Message message : batch) {
            if (failed.contains(message.messageId())) {
                returnToQueue(message, why);
            } else {
                done.add(message);
            }
        }
        delete(done);
    }

    /**
     * The messages the answer asks to have delivered again. Without ReportBatchItemFailures a successful invocation
     * has dealt with every message; with it, an answer Lambda cannot use returns the whole batch.
     */
    private Set<String> failedMessages(List<Message> batch, byte[] answer) {
        if (!source.reportsItemFailures()) {
            return Set.of();
        }
        JsonNode failures;
        try {
            JsonNode response = JSON.readTree(answer);
            failures = response == null ? null : response.path("batchItemFailures");
        } catch (IOException notJson) {
            return allOf(batch);
        }
        if (failures == null || failures.isMissingNode() || failures.isNull()) {
            return Set.of();
        }
        Set<String> inBatch = allOf(batch);
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : failures) {
            String id = failure.path("itemIdentifier").asText("");
            if (!inBatch.contains(id)) {
                return inBatch;
            }
            failed.add(id);
        }
        return failed;
    }

    private void returnToQueue(Message message, String why) {
        int received = Integer.parseInt(message.attributes()
                .getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
        String keys = String.join(", ", QueueMessageKeys.of(message.body()));
        if (maxReceiveCount > 0 && received >= maxReceiveCount) {
            log.accept("GAVE UP   key=[" + keys + "] after " + received + " deliveries (" + why
                    + "); the queue moves it to its dead-letter queue");
        } else {
            log.accept("ERROR     key=[" + keys + "] delivery " + received
                    + (maxReceiveCount > 0 ? " of " + maxReceiveCount : "") + ": " + why + "; retrying in "
                    + retryDelay.toSeconds() + " s");
        }
        if (!running) {
            return;
        }
        try {
            sqs.changeMessageVisibility(request -> request.queueUrl(queue.url())
                    .receiptHandle(message.receiptHandle()).visibilityTimeout((int) retryDelay.toSeconds()));
        } catch (SdkException gone) {
            log.accept("queue " + queue.name() + ": could not return a message early (" + gone.getMessage()
                    + "); it comes back after the queue's visibility timeout");
        }
    }

    private void delete(List<Message> messages) {
        for (int from = 0; from < messages.size(); from += SQS_MAX_MESSAGES) {
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (Message message : messages.subList(from, Math.min(messages.size(), from + SQS_MAX_MESSAGES))) {
                entries.add(DeleteMessageBatchRequestEntry.builder().id(message.messageId())
                        .receiptHandle(message.receiptHandle()).build());
            }
            sqs.deleteMessageBatch(request -> request.queueUrl(queue.url()).entries(entries));
        }
    }

    /** The event Lambda hands a function for a batch: {"Records": [one entry per message]}. */
    private byte[] sqsEvent(List<Message> batch) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message message : batch) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.attributesAsStrings().forEach(attributes::put);
            record.putObject("messageAttributes");
            record.put("md5OfBody", message.md5OfBody() != null ? message.md5OfBody() : md5(message.body()));
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queue.arn());
            record.put("awsRegion", "us-east-1");
        }
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int maxReceiveCountOf(EventQueue queue) {
        String redrive = sqs.getQueueAttributes(request -> request.queueUrl(queue.url())
                .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes().get(QueueAttributeName.REDRIVE_POLICY);
        if (redrive == null || redrive.isBlank()) {
            return 0;
        }
        try {
            return JSON.readTree(redrive).path("maxReceiveCount").asInt(0);
        } catch (IOException unreadable) {
            return 0;
        }
    }

    private static Set<String> allOf(List<Message> batch) {
        Set<String> ids = new HashSet<>();
        batch.forEach(message -> ids.add(message.messageId()));
        return ids;
    }

    private static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has MD5", impossible);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
