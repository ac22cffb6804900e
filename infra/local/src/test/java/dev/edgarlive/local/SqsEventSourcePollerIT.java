package dev.edgarlive.local;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.emulator.EventQueue;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.local.testfunction.BatchHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local SQS event source mapping on a real emulator's SQS, with a function run by the real Lambda runtime
 * client that answers as the ingest function does: messages are batched as BatchSize and the batching window say,
 * delivered messages are deleted, only those the function names in batchItemFailures come back, a function error
 * returns the whole batch, and the queue's redrive policy moves a message that keeps failing to the dead-letter
 * queue after maxReceiveCount deliveries.
 */
@RequiresEmulator
class SqsEventSourcePollerIT {

    private static final int MAX_RECEIVE_COUNT = 2;

    @TempDir
    Path work;
    @TempDir
    Path build;

    private SqsClient sqs;
    private LambdaFunction function;
    private SqsEventSourcePoller poller;
    private EventQueue queue;
    private EventQueue deadLetters;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> functionOutput = new CopyOnWriteArrayList<>();

    @BeforeEach
    void createQueues() throws Exception {
        sqs = AwsEmulator.shared().sqs();
        String run = UUID.randomUUID().toString().substring(0, 8);
        deadLetters = queue("poller-it-dlq-" + run, Map.of());
        String redrive = "{\"deadLetterTargetArn\":\"" + deadLetters.arn() + "\",\"maxReceiveCount\":"
                + MAX_RECEIVE_COUNT + "}";
        queue = queue("poller-it-" + run, Map.of(QueueAttributeName.REDRIVE_POLICY, redrive,
                QueueAttributeName.VISIBILITY_TIMEOUT, "120"));
        Path zip = build.resolve("function.zip");
        String entry = BatchHandler.class.getName().replace('.', '/') + ".class";
        Path classes = Path.of(BatchHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            Files.copy(classes.resolve(entry), (OutputStream) out);
        }
        function = LambdaFunction.deploy(new FunctionSpec("PollerFunction", zip,
                BatchHandler.class.getName() + "::handleRequest", 256, Duration.ofSeconds(10), Map.of()), work,
                log::add, new LambdaFunction.Deployment(1, true, functionOutput::add));
    }

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.close();
        }
        if (function != null) {
            function.close();
        }
        sqs.deleteQueue(request -> request.queueUrl(queue.url()));
        sqs.deleteQueue(request -> request.queueUrl(deadLetters.url()));
        sqs.close();
    }

    @Test
    void deletesWhatWasDeliveredAndOnlyTheNamedFailureComesBackUntilItEndsInTheDeadLetterQueue() throws Exception {
        send("ok-1", "fail-2", "ok-3");
        startPolling(new SqsEventSource("Test", "Q", 10, Duration.ofSeconds(2), 5, true));

        List<Message> dead = awaitMessages(deadLetters, Duration.ofSeconds(40));

        assertThat(dead).extracting(Message::body).containsExactly("fail-2");
        assertThat(deliveries("ok-1")).isEqualTo(1);
        assertThat(deliveries("ok-3")).isEqualTo(1);
        assertThat(deliveries("fail-2")).isEqualTo(MAX_RECEIVE_COUNT);
        assertThat(log).anyMatch(line -> line.startsWith("ERROR") && line.contains("[fail-2]")
                && line.contains("delivery 1 of 2"));
        assertThat(log).anyMatch(line -> line.startsWith("GAVE UP") && line.contains("[fail-2]"));
        assertThat(queueDepth(queue)).isZero();
    }

    @Test
    void aFunctionErrorReturnsTheWholeBatch() throws Exception {
        send("crash", "innocent");
        startPolling(new SqsEventSource("Test", "Q", 10, Duration.ofSeconds(2), 5, true));

        List<Message> dead = awaitMessages(deadLetters, Duration.ofSeconds(40), 2);

        assertThat(dead).extracting(Message::body).containsExactlyInAnyOrder("crash", "innocent");
        assertThat(deliveries("innocent")).isEqualTo(MAX_RECEIVE_COUNT);
        assertThat(log).anyMatch(line -> line.startsWith("ERROR") && line.contains("asked to crash"));
    }

    @Test
    void gathersBatchesOfAtMostBatchSizeWithinTheWindow() throws Exception {
        send("ok-1", "ok-2", "ok-3", "ok-4", "ok-5");
        startPolling(new SqsEventSource("Test", "Q", 3, Duration.ofSeconds(2), 5, true));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (queueDepth(queue) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        List<Integer> sizes = new ArrayList<>();
        functionOutput.stream().filter(line -> line.startsWith("BATCH size="))
                .forEach(line -> sizes.add(Integer.parseInt(line.replaceAll("BATCH size=(\\d+).*", "$1"))));
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(1, 3));
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(sizes).as("the window lets a batch fill up").contains(3);
        assertThat(queueDepth(queue)).isZero();
    }

    @Test
    void withoutReportBatchItemFailuresASuccessfulInvocationDealsWithTheWholeBatch() throws Exception {
        send("fail-1", "ok-2");
        startPolling(new SqsEventSource("Test", "Q", 10, Duration.ofSeconds(2), 5, false));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (queueDepth(queue) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        assertThat(queueDepth(queue)).isZero();
        assertThat(deliveries("fail-1")).isEqualTo(1);
        assertThat(awaitMessages(deadLetters, Duration.ofSeconds(1))).isEmpty();
    }

    private void startPolling(SqsEventSource source) {
        poller = new SqsEventSourcePoller(sqs, queue, source, () -> function, Duration.ofSeconds(1), log::add);
        poller.start();
    }

    private EventQueue queue(String name, Map<QueueAttributeName, String> attributes) {
        String url = sqs.createQueue(request -> request.queueName(name).attributes(attributes)).queueUrl();
        String arn = sqs.getQueueAttributes(request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new EventQueue(name, url, arn);
    }

    private void send(String... bodies) {
        for (String body : bodies) {
            sqs.sendMessage(request -> request.queueUrl(queue.url()).messageBody(body));
        }
    }

    /** How many batches handed the function this body, by the lines the function printed. */
    private long deliveries(String body) {
        return functionOutput.stream().filter(line -> line.startsWith("BATCH size="))
                .filter(line -> List.of(line.substring(line.indexOf("bodies=") + 7).split(",")).contains(body))
                .count();
    }

    private int queueDepth(EventQueue target) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(target.url())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private List<Message> awaitMessages(EventQueue target, Duration limit) {
        return awaitMessages(target, limit, 1);
    }

    private List<Message> awaitMessages(EventQueue target, Duration limit, int expected) {
        List<Message> received = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        while (received.size() < expected && System.nanoTime() < deadline) {
            received.addAll(sqs.receiveMessage(request -> request.queueUrl(target.url()).waitTimeSeconds(1)
                    .maxNumberOfMessages(10)).messages());
        }
        return received;
    }
}
