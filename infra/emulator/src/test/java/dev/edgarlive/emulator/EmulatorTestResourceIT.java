package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The Quarkus test resource's lifecycle, driven by hand as Quarkus would drive it. */
@RequiresEmulator
class EmulatorTestResourceIT {

    @Test
    void startProvisionsUniqueResourcesAndPointsBothClientsAtThem() {
        EmulatorTestResource resource = new EmulatorTestResource();
        resource.init(Map.of(EmulatorTestResource.PREFIX_ARG, "qt-probe"));

        Map<String, String> config = resource.start();
        Map<String, String> again = resource.start();

        AwsEmulator emulator = AwsEmulator.shared();
        assertThat(config.get("edgar.table")).startsWith("qt-probe-").isNotEqualTo(again.get("edgar.table"));
        assertThat(config).containsEntry("quarkus.s3.endpoint-override", emulator.endpoint().toString())
                .containsEntry("quarkus.dynamodb.endpoint-override", emulator.endpoint().toString())
                .containsEntry("quarkus.s3.path-style-access", "true")
                .containsEntry("quarkus.s3.aws.region", "us-east-1")
                .containsEntry("quarkus.dynamodb.aws.region", "us-east-1")
                .containsEntry("quarkus.s3.aws.credentials.type", "static")
                .containsEntry("quarkus.dynamodb.aws.credentials.type", "static")
                .containsEntry("quarkus.s3.aws.credentials.static-provider.access-key-id", "test")
                .containsEntry("quarkus.dynamodb.aws.credentials.static-provider.secret-access-key", "test")
                .containsEntry("quarkus.devservices.enabled", "false");
        try (DynamoDbClient dynamoDb = emulator.dynamoDb(); S3Client s3 = emulator.s3()) {
            assertThat(dynamoDb.describeTable(request -> request.tableName(config.get("edgar.table")))
                    .table().globalSecondaryIndexes()).hasSize(3);
            s3.headBucket(request -> request.bucket(config.get("edgar.bucket")));
        }
        resource.stop();
    }
}
