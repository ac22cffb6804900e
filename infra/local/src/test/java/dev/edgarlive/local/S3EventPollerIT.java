package dev.edgarlive.local;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.local.testfunction.ScriptedHandler;
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
 * The poller between the event queue and a function, on a real emulator's SQS and with a function run by the real
 * Lambda runtime client: test events are skipped, events are delivered, and a failing event is retried as often
 * as EventInvokeConfig allows and then handed to the dead-letter queue in Lambda's on-failure record.
 */
@RequiresEmulator
class S3EventPollerIT {

    @TempDir
    Path work;
    @TempDir
    Path build;

    private SqsClient sqs;
    private LambdaFunction function;
    private S3EventPoller poller;
    private String queue;
    private String deadLetters;
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        AwsEmulator emulator = AwsEmulator.shared();
        sqs = emulator.sqs();
        String run = UUID.randomUUID().toString().substring(0, 8);
        queue = sqs.createQueue(request -> request.queueName("poller-it-" + run)).queueUrl();
        deadLetters = sqs.createQueue(request -> request.queueName("poller-it-dlq-" + run)).queueUrl();
        Path zip = build.resolve("function.zip");
        String entry = ScriptedHandler.class.getName().replace('.', '/') + ".class";
        Path classes = Path.of(ScriptedHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            Files.copy(classes.resolve(entry), (OutputStream) out);
        }
        function = LambdaFunction.deploy(new FunctionSpec("PollerFunction", zip,
                ScriptedHandler.class.getName() + "::handleRequest", 256, Duration.ofSeconds(10), Map.of()), work, log::add);
        poller = new S3EventPoller(sqs, queue, deadLetters, function, Duration.ofSeconds(10), 2, log::add);
        poller.start();
    }

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.close();
            function.close();
            sqs.deleteQueue(request -> request.queueUrl(queue));
            sqs.deleteQueue(request -> request.queueUrl(deadLetters));
            sqs.close();
        }
    }

    @Test
    void retriesAFailingEventTwiceThenSendsItToTheDeadLetterQueue() throws Exception {
        sqs.sendMessage(request -> request.queueUrl(queue).messageBody(event("filings/fail-me.txt")));

        List<Message> dead = awaitMessages(deadLetters, Duration.ofSeconds(40));

        assertThat(dead).hasSize(1);
        String record = dead.get(0).body();
        assertThat(record).contains("\"condition\":\"RetriesExhausted\"", "\"approximateInvokeCount\":3",
                "\"key\":\"filings/fail-me.txt\"", "asked to fail");
        awaitLogLine("GAVE UP", Duration.ofSeconds(5)); // written once the event has moved to the dead-letter queue
        assertThat(log).filteredOn(line -> line.startsWith("ERROR")).hasSize(2);
        assertThat(log).anyMatch(line -> line.startsWith("GAVE UP") && line.contains("after 3 attempts"));
        assertThat(queueDepth(queue)).isZero();
    }

    @Test
    void skipsTestEventsAndDeletesDeliveredEvents() throws Exception {
        sqs.sendMessage(request -> request.queueUrl(queue).messageBody(
                "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"b\"}"));
        sqs.sendMessage(request -> request.queueUrl(queue).messageBody(event("filings/ok.txt")));

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (queueDepth(queue) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        assertThat(queueDepth(queue)).isZero();
        assertThat(log).noneMatch(line -> line.startsWith("ERROR") || line.startsWith("DROPPED"));
        assertThat(awaitMessages(deadLetters, Duration.ofSeconds(1))).isEmpty();
    }

    private static String event(String key) {
        return "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":"
                + "{\"name\":\"b\"},\"object\":{\"key\":\"" + key + "\",\"size\":1}}}]}";
    }

    private void awaitLogLine(String start, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (log.stream().noneMatch(line -> line.startsWith(start)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private int queueDepth(String url) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private List<Message> awaitMessages(String url, Duration limit) {
        List<Message> received = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        while (received.isEmpty() && System.nanoTime() < deadline) {
            received.addAll(sqs.receiveMessage(request -> request.queueUrl(url).waitTimeSeconds(1)).messages());
        }
        return received;
    }
}
