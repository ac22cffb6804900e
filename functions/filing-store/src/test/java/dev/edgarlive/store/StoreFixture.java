package dev.edgarlive.store;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.emulator.ProvisionedResources;
import dev.edgarlive.emulator.ResourceNames;
import dev.edgarlive.emulator.TemplateResources;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.charset.StandardCharsets;

/**
 * A fresh table and bucket on the emulator, provisioned from template.yaml, with clients that count their
 * requests. Test classes using it carry {@code @RequiresEmulator}, which skips them where there is no emulator
 * (and fails the run on CI).
 */
final class StoreFixture implements AutoCloseable {

    static final byte[] SECRET = "integration-test-cursor-secret!!".getBytes(StandardCharsets.US_ASCII);

    final RequestCounter requests = new RequestCounter();
    final WriteUnits writeUnits = new WriteUnits();
    /** Faults and hooks at each request of the store under test ({@link #store}; not of {@link #reader}). */
    final StepInterceptor steps = new StepInterceptor();
    final DynamoDbClient dynamo;
    final S3Client s3;
    final ProvisionedResources resources;
    final StoreSettings settings;
    final FilingStore store;
    /** The same table through clients of its own: reads that neither count nor trip {@link #steps}. */
    final FilingStore reader;
    final DynamoDbClient readerDynamo;
    final S3Client readerS3;

    StoreFixture(int shards) {
        AwsEmulator emulator = AwsEmulator.shared();
        resources = TemplateResources.load().provision(emulator, ResourceNames.unique("store"));
        dynamo = emulator.dynamoDbBuilder().overrideConfiguration(c -> c.addExecutionInterceptor(requests)
                .addExecutionInterceptor(writeUnits).addExecutionInterceptor(steps)).build();
        s3 = emulator.s3Builder().overrideConfiguration(c -> c.addExecutionInterceptor(requests)
                .addExecutionInterceptor(steps)).build();
        settings = new StoreSettings(resources.table(), resources.bucket(), shards, SECRET);
        store = new FilingStore(dynamo, s3, settings);
        readerDynamo = emulator.dynamoDbBuilder().build();
        readerS3 = emulator.s3Builder().build();
        reader = new FilingStore(readerDynamo, readerS3, settings);
    }

    static SourceObject source(String key, String content) {
        return SourceObject.of("ignored-bucket", key, content.length(), Filings.sha256(content));
    }

    /** How many rows the table holds: after a delete, nothing of the filing may be left. */
    int rowCount() {
        return readerDynamo.scanPaginator(b -> b.tableName(resources.table()).consistentRead(true)).items().stream()
                .mapToInt(r -> 1).sum();
    }

    int objectCount(String prefix) {
        return readerS3.listObjectsV2Paginator(b -> b.bucket(resources.bucket()).prefix(prefix)).contents().stream()
                .mapToInt(o -> 1).sum();
    }

    @Override
    public void close() {
        dynamo.close();
        s3.close();
        readerDynamo.close();
        readerS3.close();
    }
}
