package dev.edgarlive.emulator;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.containers.ContainerFetchException;
import org.testcontainers.containers.ContainerLaunchException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * The AWS API emulator this JVM talks to: found or started once, then shared by every test class and tool in the
 * JVM. In order of preference:
 * <ol>
 *   <li>the endpoint in {@code AWS_ENDPOINT_URL}, when set (an emulator someone else runs);</li>
 *   <li>LocalStack ({@value LocalStackEmulator#IMAGE}) through Testcontainers, when a Docker engine answers;</li>
 *   <li>{@code moto_server} from the PATH, started on a free loopback port;</li>
 *   <li>otherwise {@link EmulatorUnavailableException}, naming these three ways.</li>
 * </ol>
 * What this class starts it stops on {@link #close()} or, at the latest, when the JVM exits.
 */
public final class AwsEmulator implements AutoCloseable {

    public static final Region REGION = Region.US_EAST_1;
    public static final String ACCESS_KEY_ID = "test";
    public static final String SECRET_ACCESS_KEY = "test";

    private static final System.Logger LOG = System.getLogger(AwsEmulator.class.getName());
    private static final AwsCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));

    private static AwsEmulator shared;
    private static EmulatorUnavailableException sharedFailure;

    private final RunningEmulator running;
    private final Thread shutdownHook;
    private boolean closed;

    private AwsEmulator(RunningEmulator running) {
        this.running = running;
        this.shutdownHook = new Thread(running::stop, "aws-emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * The emulator of this JVM, found or started on first use. A failure is remembered, so that a hundred test
     * classes do not each wait for an emulator that cannot start.
     *
     * @throws EmulatorUnavailableException when none of the ways to get an emulator works
     */
    public static synchronized AwsEmulator shared() {
        if (shared != null) {
            return shared;
        }
        if (sharedFailure != null) {
            throw sharedFailure;
        }
        try {
            shared = locate(System.getenv(), DockerProbe.ofThisMachine());
            return shared;
        } catch (EmulatorUnavailableException unavailable) {
            sharedFailure = unavailable;
            throw unavailable;
        }
    }

    /**
     * Whether a missing emulator must fail the run rather than skip tests: on CI ({@code CI=true}) a skipped
     * integration test would pass unnoticed.
     */
    public static boolean requiredByCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Goes through the ways to get an emulator, in order of preference; package-private so tests can steer it. */
    static AwsEmulator locate(Map<String, String> environment, DockerProbe docker) {
        String configured = environment.getOrDefault("AWS_ENDPOINT_URL", "").strip();
        if (!configured.isEmpty()) {
            return chosen(new ExternalEndpoint(parseEndpoint(configured)));
        }
        if (docker.engineMayBeReachable()) {
            Optional<RunningEmulator> localStack = startLocalStackIfDockerAnswers(docker);
            if (localStack.isPresent()) {
                return chosen(localStack.get());
            }
        }
        Optional<Path> moto = MotoServer.findOnPath(environment.get("PATH"));
        if (moto.isPresent()) {
            try {
                return chosen(MotoServer.start(moto.get()));
            } catch (IOException failed) {
                throw new EmulatorUnavailableException(
                        "moto_server was found at " + moto.get() + " but did not start: " + failed.getMessage(),
                        failed);
            }
        }
        throw new EmulatorUnavailableException("");
    }

    /**
     * LocalStack when Docker answers and the container starts. A container that cannot start (the image cannot
     * be pulled behind a proxy, say) is not the end: moto_server may still be there, so the reason is logged and
     * the search goes on.
     */
    private static Optional<RunningEmulator> startLocalStackIfDockerAnswers(DockerProbe docker) {
        if (!docker.engineAnswers()) {
            LOG.log(Level.INFO, "A Docker socket or host is configured but no engine answers; trying moto_server");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalStackEmulator.start());
        } catch (ContainerLaunchException | ContainerFetchException failed) {
            LOG.log(Level.WARNING, "LocalStack " + LocalStackEmulator.IMAGE + " did not start (" + failed.getMessage()
                    + "); trying moto_server", failed);
            return Optional.empty();
        }
    }

    private static URI parseEndpoint(String configured) {
        try {
            URI endpoint = URI.create(configured);
            if (endpoint.getScheme() == null || endpoint.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return endpoint;
        } catch (IllegalArgumentException malformed) {
            throw new EmulatorUnavailableException(
                    "AWS_ENDPOINT_URL is set but is not a URL like http://localhost:4566: '" + configured + "'",
                    malformed);
        }
    }

    private static AwsEmulator chosen(RunningEmulator running) {
        LOG.log(Level.INFO, "AWS API emulator: {0}", running.description());
        return new AwsEmulator(running);
    }

    /** Where the emulator answers, for SDK clients, Quarkus configuration and the AWS CLI's --endpoint-url. */
    public URI endpoint() {
        return running.endpoint();
    }

    public Region region() {
        return REGION;
    }

    /** The static test/test credentials every emulator here accepts. */
    public AwsCredentialsProvider credentials() {
        return CREDENTIALS;
    }

    /** Which emulator this is, for logs: the endpoint and what runs it. */
    public String description() {
        return running.description();
    }

    /** An S3 client builder aimed at the emulator, with path-style addressing (emulators do not serve bucket DNS). */
    public S3ClientBuilder s3Builder() {
        return aimed(S3Client.builder()).forcePathStyle(true);
    }

    public DynamoDbClientBuilder dynamoDbBuilder() {
        return aimed(DynamoDbClient.builder());
    }

    public SqsClientBuilder sqsBuilder() {
        return aimed(SqsClient.builder());
    }

    public SecretsManagerClientBuilder secretsManagerBuilder() {
        return aimed(SecretsManagerClient.builder());
    }

    public S3Client s3() {
        return s3Builder().build();
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDbBuilder().build();
    }

    public SqsClient sqs() {
        return sqsBuilder().build();
    }

    public SecretsManagerClient secretsManager() {
        return secretsManagerBuilder().build();
    }

    private <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B aimed(B builder) {
        return builder.endpointOverride(endpoint())
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
    }

    /**
     * Leaves stopping this emulator at JVM exit to the caller's own shutdown hook, which must {@link #close()} it
     * after stopping what still talks to it (queue pollers, functions). The JVM runs shutdown hooks side by side, so
     * the emulator's own hook would stop it under them, and they would report it unreachable while stopping.
     */
    public void stopOnlyWhenClosed() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running already: nothing left to hand over.
        }
    }

    /**
     * Stops what this JVM started (moto_server, the LocalStack container); an AWS_ENDPOINT_URL emulator is left
     * running. The next {@link #shared()} call then finds or starts a new one.
     */
    @Override
    public void close() {
        synchronized (AwsEmulator.class) {
            if (closed) {
                return;
            }
            closed = true;
            if (shared == this) {
                shared = null;
            }
        }
        running.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; stop() is safe to call twice.
        }
    }
}
