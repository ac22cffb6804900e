package dev.edgarlive.load;

import dev.edgarlive.emulator.AwsEmulator;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.RequestCounter;
import dev.edgarlive.store.StoreSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.security.SecureRandom;

/**
 * A {@link FilingStore} on SDK clients of its own, pointed at the emulator, with one {@link RequestCounter} on both
 * clients: every DynamoDB and S3 call the store makes is counted and timed. Built as the functions build theirs
 * (url-connection HTTP client, the template's shard count), so a call here is the call the function makes.
 */
final class CountedStore implements AutoCloseable {

    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final RequestCounter counter = new RequestCounter();
    private final FilingStore store;

    CountedStore(AwsEmulator emulator, String table, String bucket, int formShards) {
        this.dynamo = emulator.dynamoDbBuilder()
                .overrideConfiguration(config -> config.addExecutionInterceptor(counter)).build();
        this.s3 = emulator.s3Builder()
                .overrideConfiguration(config -> config.addExecutionInterceptor(counter)).build();
        // The load run reads first pages only, so the cursor key never has to match the query function's.
        byte[] cursorKey = new byte[32];
        new SecureRandom().nextBytes(cursorKey);
        this.store = new FilingStore(dynamo, s3, new StoreSettings(table, bucket, formShards, cursorKey));
    }

    FilingStore store() {
        return store;
    }

    RequestCounter counter() {
        return counter;
    }

    @Override
    public void close() {
        dynamo.close();
        s3.close();
    }
}
