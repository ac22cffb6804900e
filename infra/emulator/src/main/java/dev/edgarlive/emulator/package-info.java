/**
 * The AWS API emulator that tests and the local stack talk to, and the resources they need on it, created from
 * template.yaml (the one definition of bucket, table, queues and functions).
 *
 * <h2>From a plain JUnit test</h2>
 * <pre>{@code
 * @RequiresEmulator                       // skipped without an emulator; fails on CI=true
 * class FilingStoreIT {
 *     static AwsEmulator emulator = AwsEmulator.shared();   // found or started once per JVM
 *     ProvisionedResources res = TemplateResources.load().provision(emulator, ResourceNames.unique("store"));
 *     DynamoDbClient dynamoDb = emulator.dynamoDb();        // or emulator.dynamoDbBuilder()... .build()
 * }
 * }</pre>
 *
 * <h2>From a {@code @QuarkusTest}</h2>
 * {@code @RequiresEmulator} plus {@code @WithTestResource(EmulatorTestResource.class)} (or
 * {@code @QuarkusTestResource}); the resource sets the S3 and DynamoDB client configuration and
 * {@code edgar.bucket} / {@code edgar.table}.
 *
 * <h2>From a command-line tool (the local stack)</h2>
 * <pre>{@code
 * try (AwsEmulator emulator = AwsEmulator.shared()) {         // EmulatorUnavailableException names the 3 ways
 *     TemplateResources resources = TemplateResources.load(); // or from(SamTemplate.load(path))
 *     ResourceNames names = ResourceNames.of("edgar-live");
 *     ProvisionedResources res = resources.provision(emulator, names);
 *     Map<String, EventQueue> queues = resources.provisionQueues(emulator, res.bucket(), names.queue());
 *     ... poll queues.get("IngestQueue").url(), invoke the ingest handler; close() stops what was started
 * }
 * }</pre>
 */
package dev.edgarlive.emulator;
