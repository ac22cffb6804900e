package dev.edgarlive.local;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.emulator.EventQueue;
import dev.edgarlive.emulator.ResourceNames;
import dev.edgarlive.emulator.SamTemplate;
import dev.edgarlive.emulator.TemplateResources;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The whole system on this machine, as template.yaml deploys it on AWS: bucket, table and queues on an AWS API
 * emulator, each function's built package running in a Lambda execution environment of its own, the bucket's
 * events delivered to the ingest function through a queue, and the HTTP API in front of the query function.
 * Closing it stops everything it started, in the reverse order.
 */
public final class LocalStack implements AutoCloseable {

    private final AwsEmulator emulator;
    private final String bucket;
    private final String table;
    private final Path workDir;
    private final List<LambdaFunction> functions;
    private final HttpApiGateway gateway;
    private final S3EventPoller poller;
    private final SqsClient sqs;

    private LocalStack(AwsEmulator emulator, String bucket, String table, Path workDir, List<LambdaFunction> functions,
                       HttpApiGateway gateway, S3EventPoller poller, SqsClient sqs) {
        this.emulator = emulator;
        this.bucket = bucket;
        this.table = table;
        this.workDir = workDir;
        this.functions = List.copyOf(functions);
        this.gateway = gateway;
        this.poller = poller;
        this.sqs = sqs;
    }

    /**
     * Starts the stack. What was started before a step failed is stopped again before the failure is thrown.
     *
     * @param log where lifecycle events and one line per ingested filing go
     */
    public static LocalStack start(Settings settings, Consumer<String> log) throws IOException {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            AwsEmulator emulator = AwsEmulator.shared();
            started.add(emulator);
            log.accept("emulator: " + emulator.description());
            SqsClient sqs = emulator.sqs();
            started.add(sqs);

            LocalTemplate template = LocalTemplate.read(settings.template(), settings.stackName());
            Resources resources = provision(emulator, sqs, template, settings);
            List<LocalTemplate.DeployedFunction> deployed = template.functions(resources.references(),
                    resources.arns(), HexFormat.of().formatHex(new SecureRandom().generateSeed(24)));

            // The port is taken before the functions start, so a busy port fails in a second, not after cold starts.
            Map<String, LambdaFunction> byName = new ConcurrentHashMap<>();
            List<HttpRoute> routes = deployed.stream().flatMap(function -> function.routes().stream()).toList();
            HttpApiGateway gateway = HttpApiGateway.start(settings.port(), routes, template.cors(), byName::get);
            started.add(gateway);

            Path workDir = Files.createTempDirectory("edgar-live-local-");
            List<LambdaFunction> functions = deployAll(deployed, emulator.endpoint(), workDir, log);
            started.addAll(functions);
            functions.forEach(function -> byName.put(function.name(), function));

            S3EventPoller poller = pollerFor(deployed, byName, resources, sqs, log);
            poller.start();
            return new LocalStack(emulator, resources.bucket(), resources.table(), workDir, functions, gateway, poller,
                    sqs);
        } catch (IOException | RuntimeException failure) {
            Collections.reverse(started);
            closeAll(started);
            throw failure;
        }
    }

    /**
     * Creates bucket and table through the emulator module, the queue of the bucket's events, the dead-letter
     * queues the functions' EventInvokeConfig names, and the template's secrets (the query function's cursor key),
     * which the functions then read from the emulator through the same code path as from Secrets Manager on AWS.
     */
    private static Resources provision(AwsEmulator emulator, SqsClient sqs, LocalTemplate template, Settings settings) {
        String bucket = template.bucketName();
        String table = template.tableName();
        ResourceNames names = new ResourceNames(bucket, table, settings.stackName() + "-s3-events");
        TemplateResources definitions = TemplateResources.from(SamTemplate.load(settings.template()));
        definitions.provision(emulator, names);
        EventQueue events = definitions.wireEventQueue(emulator, bucket, names.queue());

        Map<String, String> references = new HashMap<>(Map.of(TemplateResources.BUCKET, bucket,
                TemplateResources.TABLE, table));
        Map<String, String> arns = new HashMap<>(Map.of(TemplateResources.BUCKET, "arn:aws:s3:::" + bucket,
                TemplateResources.TABLE, "arn:aws:dynamodb:us-east-1:000000000000:table/" + table));
        Map<String, String> queueUrlsByArn = new HashMap<>();
        for (String queue : template.deadLetterQueues()) {
            String url = sqs.createQueue(request -> request.queueName(settings.stackName() + "-" + queue)).queueUrl();
            String arn = sqs.getQueueAttributes(request -> request.queueUrl(url)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            references.put(queue, url);
            arns.put(queue, arn);
            queueUrlsByArn.put(arn, url);
        }
        Map<String, String> secrets = definitions.createSecrets(emulator, settings.stackName());
        references.putAll(secrets);     // Ref of a secret is its ARN, as on AWS
        arns.putAll(secrets);
        return new Resources(bucket, table, events, references, arns, queueUrlsByArn);
    }

    /** The poller that hands the bucket's events to the function the template subscribes to them. */
    private static S3EventPoller pollerFor(List<LocalTemplate.DeployedFunction> deployed,
                                           Map<String, LambdaFunction> functions, Resources resources, SqsClient sqs,
                                           Consumer<String> log) {
        LocalTemplate.DeployedFunction subscriber = deployed.stream()
                .filter(LocalTemplate.DeployedFunction::s3Subscriber).findFirst()
                .orElseThrow(() -> new TemplateProblem("template.yaml: no function subscribes to the bucket's S3 events"));
        String deadLetterQueue = subscriber.onFailure() == null ? null
                : resources.queueUrlsByArn().get(subscriber.onFailure());
        return new S3EventPoller(sqs, resources.events().url(), deadLetterQueue,
                functions.get(subscriber.spec().name()), subscriber.spec().timeout(), subscriber.maximumRetries(), log);
    }

    public URI s3Endpoint() {
        return emulator.endpoint();
    }

    public String bucket() {
        return bucket;
    }

    public String table() {
        return table;
    }

    public int apiPort() {
        return gateway.port();
    }

    /** Where each function's output is written, one log file per function. */
    public Path logDirectory() {
        return workDir;
    }

    /** The function processes running now: for checks that nothing is left behind. */
    public List<ProcessHandle> functionProcesses() {
        return functions.stream().map(LambdaFunction::process).flatMap(Optional::stream).toList();
    }

    public AwsEmulator emulator() {
        return emulator;
    }

    /** Stops the poller, the API, the functions and the emulator (if this stack started it), in that order. */
    @Override
    public void close() {
        poller.close();
        gateway.close();
        List<AutoCloseable> rest = new ArrayList<>(functions);
        rest.add(sqs);
        rest.add(emulator);
        closeAll(rest);
    }

    /** Deploys the functions side by side: their cold starts overlap. */
    private static List<LambdaFunction> deployAll(List<LocalTemplate.DeployedFunction> deployed, URI endpoint,
                                                  Path workDir, Consumer<String> log) throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, deployed.size()),
                LambdaRuntimeApi.daemonThreads("deploy"));
        List<CompletableFuture<LambdaFunction>> starting = deployed.stream()
                .map(function -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return LambdaFunction.deploy(onEmulator(function.spec(), endpoint), workDir, log);
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                }, threads))
                .toList();
        threads.shutdown();
        List<LambdaFunction> functions = new ArrayList<>();
        IOException firstFailure = null;
        for (CompletableFuture<LambdaFunction> function : starting) {
            try {
                functions.add(function.join());
            } catch (CompletionException failed) {
                if (firstFailure == null) {
                    firstFailure = failed.getCause() instanceof UncheckedIOException io ? io.getCause()
                            : new IOException(failed.getCause().getMessage(), failed.getCause());
                }
            }
        }
        if (firstFailure != null) {
            closeAll(functions);
            throw firstFailure;
        }
        return functions;
    }

    /**
     * The function's environment plus what points its AWS clients at the emulator: region and credentials as
     * Lambda would set them, and the endpoint overrides of the SDK and of Quarkus's AWS extensions.
     */
    private static FunctionSpec onEmulator(FunctionSpec spec, URI endpoint) {
        Map<String, String> environment = new HashMap<>(spec.environment());
        environment.put("AWS_REGION", AwsEmulator.REGION.id());
        environment.put("AWS_DEFAULT_REGION", AwsEmulator.REGION.id());
        environment.put("AWS_ACCESS_KEY_ID", AwsEmulator.ACCESS_KEY_ID);
        environment.put("AWS_SECRET_ACCESS_KEY", AwsEmulator.SECRET_ACCESS_KEY);
        environment.put("AWS_ENDPOINT_URL", endpoint.toString());
        environment.put("QUARKUS_S3_ENDPOINT_OVERRIDE", endpoint.toString());
        environment.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
        environment.put("QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE", endpoint.toString());
        return new FunctionSpec(spec.name(), spec.codePackage(), spec.handler(), spec.memoryMb(), spec.timeout(),
                environment);
    }

    private static void closeAll(List<? extends AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception failed) {
                // Keep stopping the rest: one resource that fails to stop must not leave the others running.
                System.err.println("could not stop " + resource + ": " + failed.getMessage());
            }
        }
    }

    /**
     * What provisioning created: names, the event queue, and what Ref and Fn::GetAtt give for each resource.
     */
    private record Resources(String bucket, String table, EventQueue events, Map<String, String> references,
                             Map<String, String> arns, Map<String, String> queueUrlsByArn) {
    }

    /**
     * @param template  the project's template.yaml
     * @param stackName names the local stack's resources, as a CloudFormation stack name does
     * @param port      the HTTP API's port; 0 for any free one
     */
    public record Settings(Path template, String stackName, int port) {
    }
}
