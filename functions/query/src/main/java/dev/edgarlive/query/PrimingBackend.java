package dev.edgarlive.query;

import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.StoreSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * What the API reads from while the function primes itself: a store and a presigner built like the function's own
 * (the URL connection HTTP client, SigV4), but pointed at a {@link LoopbackAws} stub and signing with a throwaway
 * key pair. So a priming request runs every step of a real one, and none of it reads the function's credentials,
 * reaches AWS or draws a cursor key: the store signs cursors with a key of zeros that nothing else accepts.
 * Closing it closes the clients; the stub, whoever started it, stops it.
 */
final class PrimingBackend implements AutoCloseable {

    private static final StaticCredentialsProvider THROWAWAY =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));
    /** Any region will do: the endpoint is the stub's. The function's own region is not read for it. */
    private static final Region REGION = Region.US_EAST_1;

    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final S3Presigner presigner;
    private final FilingStore store;

    PrimingBackend(LoopbackAws stub, QueryConfig config) {
        // With the function's interceptor, so the per-request tally and its capacity estimate run too (RequestLog
        // reads the tally as a difference, so priming calls change no request's figure).
        this.dynamo = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new DynamoRequestTally()))
                .credentialsProvider(THROWAWAY).region(REGION).endpointOverride(stub.endpoint()).build();
        this.s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(THROWAWAY).region(REGION).endpointOverride(stub.endpoint())
                .forcePathStyle(true).build();
        this.presigner = S3Presigner.builder().credentialsProvider(THROWAWAY).region(REGION)
                .endpointOverride(stub.endpoint()).build();
        this.store = new FilingStore(dynamo, s3, new StoreSettings(config.table(), config.bucket(),
                config.formShards(), new byte[32]));
    }

    FilingStore store() {
        return store;
    }

    S3Presigner presigner() {
        return presigner;
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
        dynamo.close();
    }
}
