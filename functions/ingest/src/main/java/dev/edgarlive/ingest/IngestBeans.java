package dev.edgarlive.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.ingest.archive.ArchiveUnpacker;
import dev.edgarlive.ingest.archive.UnpackSettings;
import dev.edgarlive.ingest.reprocess.ReprocessQueue;
import dev.edgarlive.ingest.reprocess.ReprocessRun;
import dev.edgarlive.ingest.reprocess.StoredParserVersions;
import dev.edgarlive.parser.FilingParser;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.SourceState;
import dev.edgarlive.store.StoreSettings;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

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

    /**
     * The plain SDK client (there is no Quarkus extension for it here), with the url-connection HTTP client like the
     * others. Region, credentials and (locally) the endpoint come from the environment, as Lambda and the local
     * stack set them. Only the unpack and reprocess handlers use it, so the ingest function never builds it.
     */
    @Produces
    @Singleton
    SqsClient sqs() {
        return SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Produces
    @Singleton
    @Named("archive-queue")
    Consumer<String> archiveQueue(SqsClient sqs, IngestConfig config) {
        return body -> sqs.sendMessage(request -> request.queueUrl(config.archiveQueueUrl().orElseThrow(
                () -> new IllegalStateException("EDGAR_ARCHIVE_QUEUE_URL is not set: an archive that needs another "
                        + "invocation cannot be continued"))).messageBody(body));
    }

    @Produces
    @Singleton
    ArchiveUnpacker unpacker(S3Client s3, FilingStore store, IngestConfig config, Clock clock, ObjectMapper json) {
        return new ArchiveUnpacker(s3, store, new UnpackSettings(config.archivesPrefix(),
                config.filingsPrefix() + "archives/", UnpackSettings.formTypesOf(config.archiveFormTypes().orElse("")),
                config.maxObjectBytes(), config.maxDecompressionRatio(), 8 << 20), clock, json);
    }

    /**
     * The parser version each key's stored data (a filing or a failure) was made by, from the key's source row:
     * one eventually consistent GetItem per key listed (half a read unit).
     */
    @Produces
    @Singleton
    StoredParserVersions storedParserVersions(FilingStore store) {
        return keys -> {
            Map<String, Integer> versions = new HashMap<>();
            for (String key : keys) {
                store.sourceState(key)
                        .filter(state -> state.status() == SourceState.Status.FILING
                                || state.status() == SourceState.Status.FAILED)
                        .ifPresent(state -> versions.put(key, state.parserVersion()));
            }
            return versions;
        };
    }

    @Produces
    @Singleton
    ReprocessRun reprocessRun(S3Client s3, SqsClient sqs, IngestConfig config, StoredParserVersions versions,
                              Clock clock, ObjectMapper json) {
        String queueUrl = config.reprocessQueueUrl().orElseThrow(() -> new IllegalStateException(
                "EDGAR_REPROCESS_QUEUE_URL is not set: re-parse requests have nowhere to go"));
        ReprocessQueue queue = new ReprocessQueue(sqs, queueUrl, config.bucket(), json);
        // The version the ingest function stores with (FilingParser's): keys an older one made are re-parsed.
        return new ReprocessRun(s3, config.bucket(), config.filingsPrefix(), versions, FilingParser.VERSION, queue,
                queue::depth, clock, json);
    }
}
