package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.edgarlive.emulator.AwsEmulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * bin/reprocess: re-parses stored filings with the current parser. It invokes the reprocess function (through Lambda's
 * Invoke API: the running local stack's, or AWS's with {@code --aws}) until every key under the prefix is listed,
 * and follows the reprocess queue until the ingest function has taken every request, printing done / total, the
 * rate and the time left. Interrupted, it resumes with {@code --run-id}.
 */
@Command(name = "bin/reprocess", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-parses stored filings with the current parser: all of them, those under a key prefix, or "
                + "only those an older parser made. Works on the running bin/local stack, or on AWS with --aws."})
public final class ReprocessCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofSeconds(2);

    @Option(names = "--prefix", defaultValue = "filings/", description = "Only keys under this prefix (default ${DEFAULT-VALUE}: everything).")
    String prefix;

    @Option(names = "--selection", defaultValue = "older", description = "older (default): keys an older parser made, or that hold nothing yet; all: every key under the prefix.")
    String selection;

    @Option(names = "--run-id", description = "Resume this run from its checkpoint (bin/reprocess prints its id when it starts).")
    String runId;

    @Option(names = "--stack-name", defaultValue = "edgar-live-local", description = "The running bin/local stack to work on (default ${DEFAULT-VALUE}).")
    String stackName;

    @Option(names = "--aws", description = "Work on a deployed stack instead (credentials and region from the AWS CLI's usual places).")
    boolean aws;

    @Option(names = "--function-name", description = "With --aws: the ReprocessFunctionName output of the stack (append :live for the published version).")
    String functionName;

    @Option(names = "--queue-url", description = "With --aws: the ReprocessQueueUrl output of the stack.")
    String queueUrl;

    @Option(names = "--wait", defaultValue = "PT2H", description = "How long to follow the queue once everything is listed (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration wait;

    private final PrintStream out;

    public ReprocessCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(new CommandLine(new ReprocessCommand(System.out)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Target target = aws ? awsTarget() : localTarget();
        if (target == null) {
            return 1;
        }
        try (LambdaClient lambda = target.lambda(); SqsClient sqs = target.sqs()) {
            ReprocessProgress progress = new ReprocessProgress(Instant.now());
            String run = runId;
            boolean complete = false;
            while (!complete) {
                JsonNode report = invoke(lambda, target.functionName(), run);
                if (run == null) {
                    out.println("reprocess: run " + report.path("runId").asText() + " (parser version "
                            + report.path("parserVersion").asInt() + ", " + report.path("selection").asText()
                            + " under " + report.path("prefix").asText() + "); if interrupted, resume with "
                            + "bin/reprocess --run-id " + report.path("runId").asText());
                }
                run = report.path("runId").asText();
                complete = report.path("complete").asBoolean();
                progress.queued(report.path("queued").asLong(), complete);
                progress.depth(Instant.now(), depth(sqs, target.queueUrl()));
                out.println(progress.line(Instant.now()) + " (listed " + String.format("%,d", report.path("listed").asLong())
                        + " keys)");
            }
            Instant until = Instant.now().plus(wait);
            Instant nextLine = Instant.now();
            while (!progress.finished() && Instant.now().isBefore(until)) {
                Thread.sleep(POLL.toMillis());
                progress.depth(Instant.now(), depth(sqs, target.queueUrl()));
                if (!Instant.now().isBefore(nextLine) || progress.finished()) {
                    out.println(progress.line(Instant.now()));
                    nextLine = Instant.now().plusSeconds(10);
                }
            }
            out.println(progress.finished() ? "reprocess: run " + run + " done" : "reprocess: stopped following run "
                    + run + " after " + wait + "; the queue keeps working");
            return progress.finished() ? 0 : 2;
        }
    }

    private JsonNode invoke(LambdaClient lambda, String function, String run) throws java.io.IOException {
        ObjectNode order = JSON.createObjectNode();
        if (run != null) {
            order.put("runId", run);
        } else {
            order.put("prefix", prefix).put("selection", selection);
        }
        InvokeResponse response = lambda.invoke(request -> request.functionName(function)
                .payload(SdkBytes.fromUtf8String(order.toString())));
        String payload = response.payload() == null ? "" : response.payload().asString(StandardCharsets.UTF_8);
        if (response.functionError() != null) {
            throw new IllegalStateException("the reprocess function failed: " + payload);
        }
        return JSON.readTree(payload);
    }

    private static long depth(SqsClient sqs, String queueUrl) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"))
                + Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0"));
    }

    private Target localTarget() throws java.io.IOException {
        var state = LocalStackState.read(stackName);
        if (state.isEmpty()) {
            System.err.println("bin/reprocess: no running local stack '" + stackName + "' (" + LocalStackState.file(stackName)
                    + "); start bin/local first, or use --aws");
            return null;
        }
        URI lambdaEndpoint = URI.create(state.get().path("lambdaEndpoint").asText());
        URI s3Endpoint = URI.create(state.get().path("s3Endpoint").asText());
        String queue = state.get().path("queues").path("ReprocessQueue").asText();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(AwsEmulator.ACCESS_KEY_ID, AwsEmulator.SECRET_ACCESS_KEY));
        return new Target("ReprocessFunction", queue,
                () -> LambdaClient.builder().endpointOverride(lambdaEndpoint).region(AwsEmulator.REGION)
                        .credentialsProvider(credentials)
                        .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(17)))
                        .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofMinutes(17))).build(),
                () -> SqsClient.builder().endpointOverride(s3Endpoint).region(AwsEmulator.REGION)
                        .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build());
    }

    private Target awsTarget() {
        if (functionName == null || queueUrl == null) {
            System.err.println("bin/reprocess: --aws needs --function-name and --queue-url (the stack's "
                    + "ReprocessFunctionName and ReprocessQueueUrl outputs)");
            return null;
        }
        return new Target(functionName, queueUrl,
                () -> configured(LambdaClient.builder()).build(),
                () -> configured(SqsClient.builder()).build());
    }

    private static LambdaClientBuilder configured(LambdaClientBuilder builder) {
        return builder.httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(16)))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofMinutes(16)));
    }

    private static SqsClientBuilder configured(SqsClientBuilder builder) {
        return builder.httpClientBuilder(UrlConnectionHttpClient.builder());
    }

    /** Where the reprocess function and its queue are. */
    private record Target(String functionName, String queueUrl, java.util.function.Supplier<LambdaClient> lambdas,
                          java.util.function.Supplier<SqsClient> sqsClients) {
        LambdaClient lambda() {
            return lambdas.get();
        }

        SqsClient sqs() {
            return sqsClients.get();
        }
    }
}
