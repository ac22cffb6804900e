package dev.edgarlive.local;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.emulator.EventQueue;
import dev.edgarlive.emulator.QueueNotification;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The whole system on this machine, as template.yaml deploys it on AWS: bucket, table and queues on an AWS API
 * emulator, each function's built package running in Lambda execution environments of its own, the bucket's events
 * delivered through the template's queues to the functions that read them (as Lambda's SQS event source mappings
 * do), and the HTTP API in front of the query function. Closing it stops everything it started, in the reverse
 * order.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration QUIET_CHECK_EVERY = Duration.ofMillis(100);

    private final AwsEmulator emulator;
    private final String bucket;
    private final String table;
    private final Path workDir;
    private final Map<String, LambdaFunction> functions;
    private final Map<String, LambdaFunction.Deployment> deployments;
    private final Consumer<String> log;
    private final HttpApiGateway gateway;
    private final List<SqsEventSourcePoller> pollers;
    private final Map<String, EventQueue> queues;
    private final LambdaInvokeApi invokeApi;
    private final SqsClient sqs;
    private final String stackName;

    private LocalStack(AwsEmulator emulator, String bucket, String table, Path workDir,
                       Map<String, LambdaFunction> functions, Map<String, LambdaFunction.Deployment> deployments,
                       HttpApiGateway gateway, List<SqsEventSourcePoller> pollers, Map<String, EventQueue> queues,
                       LambdaInvokeApi invokeApi, SqsClient sqs, String stackName, Consumer<String> log) {
        this.emulator = emulator;
        this.bucket = bucket;
        this.table = table;
        this.workDir = workDir;
        this.functions = functions;
        this.deployments = Map.copyOf(deployments);
        this.log = log;
        this.gateway = gateway;
        this.pollers = List.copyOf(pollers);
        this.queues = Map.copyOf(queues);
        this.invokeApi = invokeApi;
        this.sqs = sqs;
        this.stackName = stackName;
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
            TemplateResources definitions = TemplateResources.from(SamTemplate.load(settings.template()));
            Resources resources = provision(emulator, template, definitions, settings);
            List<LocalTemplate.DeployedFunction> deployed = template.functions(resources.references(),
                    resources.arns(), HexFormat.of().formatHex(new SecureRandom().generateSeed(24)));

            // The port is taken before the functions start, so a busy port fails in a second, not after cold starts.
            Map<String, LambdaFunction> byName = new ConcurrentHashMap<>();
            List<HttpRoute> routes = deployed.stream().flatMap(function -> function.routes().stream()).toList();
            HttpApiGateway gateway = HttpApiGateway.start(settings.port(), routes, template.cors(), byName::get);
            started.add(gateway);

            Path workDir = Files.createTempDirectory("edgar-live-local-");
            Set<String> filingQueues = queuesNotifiedFor(definitions, "filings/");
            Map<String, LambdaFunction.Deployment> deployments = new HashMap<>();
            for (LocalTemplate.DeployedFunction function : deployed) {
                String name = function.spec().name();
                boolean startNow = !function.routes().isEmpty() || function.queueSources().stream()
                        .anyMatch(source -> filingQueues.contains(source.queue()));
                deployments.put(name, new LambdaFunction.Deployment(settings.maxEnvironments(), startNow,
                        line -> FunctionLogLines.of(name, line).ifPresent(log)));
            }
            List<LambdaFunction> functions = deployAll(deployed, emulator.endpoint(), workDir, settings, deployments,
                    log);
            started.addAll(functions);
            functions.forEach(function -> byName.put(function.name(), function));

            List<SqsEventSourcePoller> pollers = new ArrayList<>();
            for (LocalTemplate.DeployedFunction function : deployed) {
                for (SqsEventSource source : function.queueSources()) {
                    EventQueue queue = resources.queues().get(source.queue());
                    if (queue == null) {
                        throw new TemplateProblem("template.yaml: " + function.spec().name() + " reads "
                                + source.queue() + ", which is no queue of the template");
                    }
                    String name = function.spec().name();
                    SqsEventSourcePoller poller = new SqsEventSourcePoller(sqs, queue, source, () -> byName.get(name),
                            settings.retryDelay(), log);
                    pollers.add(poller);
                    started.add(poller);
                }
            }
            LambdaInvokeApi invokeApi = LambdaInvokeApi.start(settings.lambdaPort(), byName::get);
            started.add(invokeApi);
            pollers.forEach(SqsEventSourcePoller::start);
            LocalStack stack = new LocalStack(emulator, resources.bucket(), resources.table(), workDir, byName,
                    deployments, gateway, pollers, resources.queues(), invokeApi, sqs, settings.stackName(), log);
            LocalStackState.write(stack);
            return stack;
        } catch (IOException | RuntimeException failure) {
            Collections.reverse(started);
            closeAll(started);
            throw failure;
        }
    }

    /**
     * Creates bucket, table and every queue of the template through the emulator module (the queues with their
     * visibility timeouts and redrive policies, the bucket's notifications to them), and the template's secrets (the
     * query function's cursor key), which the functions then read from the emulator through the same code path as
     * from Secrets Manager on AWS; and says what Ref and Fn::GetAtt give for each.
     */
    private static Resources provision(AwsEmulator emulator, LocalTemplate template, TemplateResources definitions,
                                       Settings settings) {
        String bucket = template.bucketName();
        String table = template.tableName();
        definitions.provision(emulator, new ResourceNames(bucket, table, settings.stackName() + "-queues"));
        Map<String, EventQueue> queues = definitions.provisionQueues(emulator, bucket, settings.stackName());

        Map<String, String> references = new HashMap<>(Map.of(TemplateResources.BUCKET, bucket,
                TemplateResources.TABLE, table));
        Map<String, String> arns = new HashMap<>(Map.of(TemplateResources.BUCKET, "arn:aws:s3:::" + bucket,
                TemplateResources.TABLE, "arn:aws:dynamodb:us-east-1:000000000000:table/" + table));
        queues.forEach((id, queue) -> {
            references.put(id, queue.url());
            arns.put(id, queue.arn());
        });
        Map<String, String> secrets = definitions.createSecrets(emulator, settings.stackName());
        references.putAll(secrets);     // Ref of a secret is its ARN, as on AWS
        arns.putAll(secrets);
        return new Resources(bucket, table, queues, references, arns);
    }

    /** The queues the bucket sends events under {@code prefix} to. */
    private static Set<String> queuesNotifiedFor(TemplateResources definitions, String prefix) {
        Set<String> queues = new HashSet<>();
        for (QueueNotification notification : definitions.bucket().notifications()) {
            if (notification.prefix().startsWith(prefix)) {
                queues.add(notification.queue());
            }
        }
        return queues;
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
        return functions.values().stream().flatMap(function -> function.processes().stream()).toList();
    }

    /** A deployed function by its logical id. */
    public Optional<LambdaFunction> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /**
     * Deploys a function again with a changed spec (another package, other environment variables), as publishing a
     * new version does: new events go to new environments, started now; the old environments are stopped once their
     * invocations are done.
     */
    public LambdaFunction redeploy(String name, java.util.function.UnaryOperator<FunctionSpec> change)
            throws IOException {
        LambdaFunction old = functions.get(name);
        if (old == null) {
            throw new IllegalArgumentException("no function " + name);
        }
        LambdaFunction.Deployment deployment = deployments.get(name);
        LambdaFunction replacement = LambdaFunction.deploy(change.apply(old.spec()), workDir, log,
                new LambdaFunction.Deployment(deployment.maxEnvironments(), true, deployment.output()));
        functions.put(name, replacement);
        old.close();
        return replacement;
    }

    /**
     * Waits until nothing runs in the stack: no function environment starting or invoked, and no message waiting
     * or in flight on a queue a function reads, without a break for {@code quietFor}. Work the stack gives itself
     * at start (the bucket's {@code s3:TestEvent} reaching a function through its queue and starting its first
     * environment) is then done, so that what follows has the machine to itself, as each function has its own on
     * Lambda.
     *
     * @return how long it waited, or empty when {@code limit} passed first
     */
    public Optional<Duration> awaitQuiet(Duration quietFor, Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        long quietSince = -1;
        while (System.nanoTime() - started < limit.toNanos()) {
            long now = System.nanoTime();
            if (!isQuiet()) {
                quietSince = -1;
            } else if (quietSince < 0) {
                quietSince = now;
            } else if (now - quietSince >= quietFor.toNanos()) {
                return Optional.of(Duration.ofNanos(now - started));
            }
            Thread.sleep(QUIET_CHECK_EVERY.toMillis());
        }
        return Optional.empty();
    }

    private boolean isQuiet() {
        return functions.values().stream().allMatch(LambdaFunction::isIdle)
                && pollers.stream().allMatch(poller -> messagesOn(poller.queue()) == 0);
    }

    /** Messages on a queue, waiting and in flight (SQS's approximate counts, exact on the emulator). */
    private int messagesOn(EventQueue queue) {
        Map<QueueAttributeName, String> counts = sqs.getQueueAttributes(request -> request.queueUrl(queue.url())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return counts.values().stream().mapToInt(Integer::parseInt).sum();
    }

    /** The template's queues as created on the emulator, by logical id. */
    public Map<String, EventQueue> queues() {
        return queues;
    }

    /** Lambda's Invoke API for the local functions: give it to {@code aws lambda invoke --endpoint-url}. */
    public URI lambdaEndpoint() {
        return invokeApi.endpoint();
    }

    public String stackName() {
        return stackName;
    }

    public AwsEmulator emulator() {
        return emulator;
    }

    /** Stops the pollers, the API, the functions and the emulator (if this stack started it), in that order. */
    @Override
    public void close() {
        LocalStackState.remove(stackName);
        closeAll(pollers);
        invokeApi.close();
        gateway.close();
        List<AutoCloseable> rest = new ArrayList<>(functions.values());
        rest.add(sqs);
        rest.add(emulator);
        closeAll(rest);
    }

    /**
     * Deploys the functions side by side, so that their cold starts overlap. Those that serve the API or take the
     * bucket's filings start now; the others (archives, reprocessing) start on their first invocation, as Lambda
     * starts an environment on demand.
     */
    private static List<LambdaFunction> deployAll(List<LocalTemplate.DeployedFunction> deployed, URI endpoint,
                                                  Path workDir, Settings settings,
                                                  Map<String, LambdaFunction.Deployment> deployments,
                                                  Consumer<String> log) throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, deployed.size()),
                LambdaRuntimeApi.daemonThreads("deploy"));
        List<CompletableFuture<LambdaFunction>> starting = deployed.stream()
                .map(function -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return LambdaFunction.deploy(onEmulator(function.spec(), endpoint, settings), workDir, log,
                                deployments.get(function.spec().name()));
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
    private static FunctionSpec onEmulator(FunctionSpec spec, URI endpoint, Settings settings) {
        Map<String, String> environment = new HashMap<>(spec.environment());
        environment.putAll(settings.environment());
        environment.put("AWS_REGION", AwsEmulator.REGION.id());
        environment.put("AWS_DEFAULT_REGION", AwsEmulator.REGION.id());
        environment.put("AWS_ACCESS_KEY_ID", AwsEmulator.ACCESS_KEY_ID);
        environment.put("AWS_SECRET_ACCESS_KEY", AwsEmulator.SECRET_ACCESS_KEY);
        environment.put("AWS_ENDPOINT_URL", endpoint.toString());
        environment.put("QUARKUS_S3_ENDPOINT_OVERRIDE", endpoint.toString());
        environment.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
        environment.put("QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE", endpoint.toString());
        environment.put("QUARKUS_SQS_ENDPOINT_OVERRIDE", endpoint.toString());
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
     * What provisioning created: names, the queues by logical id, and what Ref and Fn::GetAtt give for each resource.
     */
    private record Resources(String bucket, String table, Map<String, EventQueue> queues,
                             Map<String, String> references, Map<String, String> arns) {
    }

    /**
     * @param template        the project's template.yaml
     * @param stackName       names the local stack's resources, as a CloudFormation stack name does
     * @param port            the HTTP API's port; 0 for any free one
     * @param maxEnvironments most execution environments per function (Lambda's concurrency, bounded for a laptop);
     *                        a queue's MaximumConcurrency applies within it
     * @param retryDelay      how soon a message a function returned is delivered again (see
     *                        {@link SqsEventSourcePoller})
     * @param environment     variables added to every function's environment (EDGAR_PRIMING=false, say)
     * @param lambdaPort      the port of the local Lambda Invoke API; 0 for any free one
     */
    public record Settings(Path template, String stackName, int port, int maxEnvironments, Duration retryDelay,
                           Map<String, String> environment, int lambdaPort) {

        public static final int DEFAULT_MAX_ENVIRONMENTS = 2;
        public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(2);

        public Settings {
            environment = Map.copyOf(environment);
        }

        public Settings(Path template, String stackName, int port) {
            this(template, stackName, port, DEFAULT_MAX_ENVIRONMENTS, DEFAULT_RETRY_DELAY, Map.of(), 0);
        }

        public Settings withEnvironment(Map<String, String> variables) {
            return new Settings(template, stackName, port, maxEnvironments, retryDelay, variables, lambdaPort);
        }

        public Settings withStackName(String name) {
            return new Settings(template, name, port, maxEnvironments, retryDelay, environment, lambdaPort);
        }
    }
}
