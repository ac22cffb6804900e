package dev.edgarlive.ingest;

import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.StoreSettings;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Builds the plain-Java collaborators (parser, store) once per container from the Quarkus-made SDK clients.
 * Singletons rather than application-scoped: they are final classes that need no lazy client proxy.
 */
public class IngestBeans {

    @Produces
    @Singleton
    FilingParser parser() {
        return new FilingParser();
    }

    @Produces
    @Singleton
    FilingStore store(DynamoDbClient dynamo, S3Client s3, IngestConfig config) {
        // Ingest never hands out list cursors, so a throwaway key keeps the query function's secret out of it.
        byte[] unusedCursorKey = new byte[32];
        new SecureRandom().nextBytes(unusedCursorKey);
        return new FilingStore(dynamo, s3, new StoreSettings(config.table(), config.bucket(), config.formShards(),
                unusedCursorKey));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
