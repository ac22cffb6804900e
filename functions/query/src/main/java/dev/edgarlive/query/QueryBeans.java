package dev.edgarlive.query;

import dev.edgarlive.store.CursorKeys;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.StoreSettings;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Builds the store once per container from the Quarkus-made SDK clients. */
public class QueryBeans {

    @Produces
    @Singleton
    FilingStore store(DynamoDbClient dynamo, S3Client s3, QueryConfig config, CursorKeys cursorKeys) {
        return new FilingStore(dynamo, s3, new StoreSettings(config.table(), config.bucket(), config.formShards(),
                cursorKeys));
    }

    /**
     * Where the cursor keys come from, decided when the function starts: a function without a key refuses to start,
     * rather than sign cursors with a key anyone could read in the source. Nothing is read from Secrets Manager
     * here (see {@link SecretCursorKeys} for why not at init).
     */
    @Produces
    @Singleton
    @Startup
    CursorKeys cursorKeys(QueryConfig config, Instance<DynamoDbClient> dynamo, Clock clock) {
        if (config.cursorKeySecretArn().isPresent() && config.cursorKey().isPresent()) {
            throw new IllegalStateException("Both EDGAR_CURSOR_KEY_SECRET_ARN and EDGAR_CURSOR_KEY are set: give the"
                    + " query function one source of its cursor signing key, the secret's ARN on AWS.");
        }
        if (config.cursorKeySecretArn().isPresent()) {
            return new SecretCursorKeys(config.cursorKeySecretArn().get(), () -> secretsManager(dynamo.get()),
                    config.cursorKeyTtl(), clock);
        }
        byte[] key = config.cursorKey().orElseThrow(() -> new IllegalStateException("The query function has no"
                + " cursor signing key: set EDGAR_CURSOR_KEY_SECRET_ARN to the ARN of the Secrets Manager secret that"
                + " holds it (template.yaml passes its CursorSigningSecret). EDGAR_CURSOR_KEY (the key itself) is for"
                + " tests and dev mode only.")).getBytes(StandardCharsets.UTF_8);
        if (key.length < CursorKeys.MIN_KEY_BYTES) {
            throw new IllegalStateException("EDGAR_CURSOR_KEY must hold at least " + CursorKeys.MIN_KEY_BYTES
                    + " bytes, has " + key.length);
        }
        return CursorKeys.fixed(key);
    }

    /**
     * A Secrets Manager client that goes where the Quarkus-made DynamoDB client goes: same region, same
     * credentials, same endpoint override (set only on an emulator, which serves every service at one endpoint).
     */
    private static SecretsManagerClient secretsManager(DynamoDbClient dynamo) {
        var dynamoConfig = dynamo.serviceClientConfiguration();
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(dynamoConfig.region())
                .credentialsProvider(dynamoConfig.credentialsProvider());
        dynamoConfig.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
