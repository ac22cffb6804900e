package dev.edgarlive.emulator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the shared AWS API emulator, with a bucket and a table of its own
 * created from template.yaml:
 * <pre>{@code
 * @QuarkusTest
 * @RequiresEmulator
 * @QuarkusTestResource(value = EmulatorTestResource.class, restrictToAnnotatedClass = true,
 *         initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG, value = "ingest"))
 * class IngestHandlerIT { @ConfigProperty(name = "edgar.bucket") String bucket; ... }
 * }</pre>
 * {@link RequiresEmulator} is what skips the tests when there is no emulator: Quarkus reports any exception
 * thrown here, even JUnit's TestAbortedException, as an error of the first test.
 */
public class EmulatorTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init argument: the start of the bucket and table names, so a leftover resource tells whose it is. */
    public static final String PREFIX_ARG = "prefix";
    public static final String BUCKET_PROPERTY = "edgar.bucket";
    public static final String TABLE_PROPERTY = "edgar.table";
    /** The emulator's endpoint, for test code that builds its own clients or prints commands. */
    public static final String ENDPOINT_PROPERTY = "edgar.emulator.endpoint";

    private String prefix = "edgar-test";

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault(PREFIX_ARG, prefix);
    }

    @Override
    public Map<String, String> start() {
        AwsEmulator emulator;
        try {
            emulator = AwsEmulator.shared();
        } catch (EmulatorUnavailableException unavailable) {
            throw new EmulatorUnavailableException("Annotate the test class with @RequiresEmulator to skip it"
                    + " (Quarkus turns every exception of a test resource into an error).", unavailable);
        }
        ProvisionedResources resources = TemplateResources.load().provision(emulator, ResourceNames.unique(prefix));
        return configurationFor(resources);
    }

    static Map<String, String> configurationFor(ProvisionedResources resources) {
        Map<String, String> config = new LinkedHashMap<>();
        for (String client : new String[] {"s3", "dynamodb"}) {
            String base = "quarkus." + client + ".";
            config.put(base + "endpoint-override", resources.endpoint().toString());
            config.put(base + "aws.region", resources.region());
            config.put(base + "aws.credentials.type", "static");
            config.put(base + "aws.credentials.static-provider.access-key-id", AwsEmulator.ACCESS_KEY_ID);
            config.put(base + "aws.credentials.static-provider.secret-access-key", AwsEmulator.SECRET_ACCESS_KEY);
        }
        config.put("quarkus.s3.path-style-access", "true");
        // The emulator is ours; Quarkus must not start containers of its own for S3 or DynamoDB.
        config.put("quarkus.devservices.enabled", "false");
        config.put(BUCKET_PROPERTY, resources.bucket());
        config.put(TABLE_PROPERTY, resources.table());
        config.put(ENDPOINT_PROPERTY, resources.endpoint().toString());
        return config;
    }

    @Override
    public void stop() {
        // The emulator is shared by every test class of the JVM and stops with it; the uniquely named bucket and
        // table go with the emulator.
    }
}
