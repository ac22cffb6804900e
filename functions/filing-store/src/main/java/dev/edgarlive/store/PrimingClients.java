package dev.edgarlive.store;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.warmup.http.CannedResponseHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * SDK clients that never leave the process, for priming a function before a SnapStart snapshot: each call is
 * marshalled, signed and unmarshalled as a real one (so that code is loaded and run), but answered from memory by
 * the SDK's {@link CannedResponseHttpClient}. Their credentials are a throwaway pair: nothing reaches AWS, no
 * connection is opened, and the function's own credentials are never read, so none of them can end up in a
 * snapshot.
 */
public final class PrimingClients {

    private static final URI NOWHERE = URI.create("http://priming.invalid");
    private static final StaticCredentialsProvider THROWAWAY =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));

    private PrimingClients() {
    }

    /** A table that holds nothing: every read finds nothing, every write succeeds. */
    public static DynamoDbClient emptyDynamoDb() {
        return DynamoDbClient.builder()
                .httpClient(CannedResponseHttpClient.builder().statusCode(200)
                        .responseBody("{}".getBytes(StandardCharsets.UTF_8)).build())
                .credentialsProvider(THROWAWAY)
                .region(Region.US_EAST_1)
                .endpointOverride(NOWHERE)
                .build();
    }

    /** A bucket whose every object holds {@code content}, and that takes every write. */
    public static S3Client s3Holding(byte[] content) {
        return S3Client.builder()
                .httpClient(CannedResponseHttpClient.builder().statusCode(200).responseBody(content.clone()).build())
                .credentialsProvider(THROWAWAY)
                .region(Region.US_EAST_1)
                .endpointOverride(NOWHERE)
                .forcePathStyle(true)
                .build();
    }
}
