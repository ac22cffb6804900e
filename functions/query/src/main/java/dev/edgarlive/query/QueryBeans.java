package dev.edgarlive.query;

import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.StoreSettings;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Builds the store once per container from the Quarkus-made SDK clients. */
public class QueryBeans {

    @Produces
    @Singleton
    FilingStore store(DynamoDbClient dynamo, S3Client s3, QueryConfig config) {
        return new FilingStore(dynamo, s3, new StoreSettings(config.table(), config.bucket(), config.formShards(),
                config.cursorSecret().getBytes(StandardCharsets.UTF_8)));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
