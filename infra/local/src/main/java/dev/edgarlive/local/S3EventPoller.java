package dev.edgarlive.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Stands in for S3's asynchronous invocation of the ingest function: it long-polls the queue that receives the
 * bucket's notifications and invokes the function with each event, one at a time.
 *
 * <p>As with Lambda's asynchronous invocation, a failed event is retried {@code maximumRetries} times (here after
 * a second or two rather than Lambda's minutes) and then sent, wrapped in Lambda's on-failure record, to the
 * dead-letter queue the template names. A message is deleted only once its event succeeded or was handed on.
 */
final class S3EventPoller implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONG_POLL_SECONDS = 2;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String deadLetterQueueUrl;
    private final LambdaFunction ingest;
    private final Duration invocationLimit;
    private final int maximumRetries;
    private final Consumer<String> log;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean delivering;

    /**
     * @param deadLetterQueueUrl where events go after their last retry; null to drop them with a log line
     * @param log                where one line per filing (and per failed attempt) is written
     */
    S3EventPoller(SqsClient sqs, String queueUrl, String deadLetterQueueUrl, LambdaFunction ingest,
                  Duration functionTimeout, int maximumRetries, Consumer<String> log) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.deadLetterQueueUrl = deadLetterQueueUrl;
        this.ingest = ingest;
        this.invocationLimit = functionTimeout.plusSeconds(90);
        this.maximumRetries = maximumRetries;
        this.log = log;
        this.thread = new Thread(this::pollUntilClosed, "s3-event-poller");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Stops polling. An event being delivered is given a few seconds to finish; a long poll in progress is not
     * waited for (the thread ends when it returns), and an undelivered message stays on the queue.
     */
    @Override
    public void close() {
        running = false;
        if (!delivering) {
            return;
        }
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void pollUntilClosed() {
        while (running) {
            try {
                List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(LONG_POLL_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
                for (Message message : messages) {
                    if (!running) {
                        return;
                    }
                    delivering = true;
                    try {
                        deliver(message);
                    } finally {
                        delivering = false;
                    }
                }
            } catch (SdkException | IllegalStateException unreachable) {
                // IllegalStateException: the client was closed under a long poll while stopping.
                if (running) {
                    log.accept("event queue unreachable (" + unreachable.getMessage() + "); retrying in 1 s");
                    pause();
                }
            }
        }
    }

    private void deliver(Message message) {
        S3Delivery delivery;
        try {
            delivery = S3Delivery.of(message.body());
        } catch (IllegalArgumentException notAnEvent) {
            log.accept("DROPPED   a message that is no S3 event: " + notAnEvent.getMessage());
            delete(message);
            return;
        }
        if (delivery.testEvent()) {
            delete(message);
            return;
        }
        int attempt = Integer.parseInt(message.attributes()
                .getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
        try {
            byte[] report = ingest.invoke(delivery.event()).get(invocationLimit.toMillis(), TimeUnit.MILLISECONDS);
            IngestLogLines.of(report).forEach(log);
            delete(message);
        } catch (ExecutionException failed) {
            retryOrGiveUp(message, delivery, attempt, failed.getCause());
        } catch (TimeoutException noAnswer) {
            retryOrGiveUp(message, delivery, attempt, noAnswer);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void retryOrGiveUp(Message message, S3Delivery delivery, int attempt, Throwable failure) {
        if (!running) {
            // Stopping: the message stays on the queue and is delivered again on the next start.
            return;
        }
        String keys = String.join(",", delivery.keys());
        if (attempt <= maximumRetries) {
            log.accept("ERROR     key=" + keys + " attempt " + attempt + " of " + (maximumRetries + 1) + ": "
                    + failure.getMessage() + "; retrying");
            // Visible again after a short backoff; the receive count keeps the attempt number.
            sqs.changeMessageVisibility(request -> request.queueUrl(queueUrl)
                    .receiptHandle(message.receiptHandle()).visibilityTimeout(attempt));
            return;
        }
        if (deadLetterQueueUrl != null) {
            sqs.sendMessage(request -> request.queueUrl(deadLetterQueueUrl)
                    .messageBody(onFailureRecord(delivery, attempt, failure)));
        }
        delete(message);
        log.accept("GAVE UP   key=" + keys + " after " + attempt + " attempts: " + failure.getMessage()
                + (deadLetterQueueUrl == null ? "" : "; event sent to the dead-letter queue"));
    }

    /** The record Lambda sends to an on-failure destination: the event, and why it failed. */
    private String onFailureRecord(S3Delivery delivery, int attempts, Throwable failure) {
        ObjectNode record = JSON.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", Instant.now().toString());
        ObjectNode context = record.putObject("requestContext");
        context.put("functionArn", "arn:aws:lambda:us-east-1:000000000000:function:" + ingest.name() + ":$LATEST");
        context.put("condition", "RetriesExhausted");
        context.put("approximateInvokeCount", attempts);
        try {
            record.set("requestPayload", JSON.readTree(delivery.event()));
            if (failure instanceof FunctionError functionError) {
                record.set("responsePayload", JSON.readTree(functionError.payload()));
            }
        } catch (IOException unreadable) {
            record.put("requestPayload", new String(delivery.event(), StandardCharsets.UTF_8));
        }
        ObjectNode response = record.putObject("responseContext");
        response.put("statusCode", 200);
        response.put("executedVersion", "$LATEST");
        response.put("functionError", "Unhandled");
        return record.toString();
    }

    private void delete(Message message) {
        sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
