package dev.edgarlive.query;

import dev.edgarlive.emulator.AwsEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.Map;
import java.util.UUID;

/**
 * A cursor signing secret on the emulator, and the query function pointed at it as template.yaml points it on AWS
 * (by ARN, with no key of its own). Re-read on every use ({@code cursor-key-ttl} zero) so a test sees a rotation
 * at once.
 */
public class CursorSecretResource implements QuarkusTestResourceLifecycleManager {

    static final String FIRST_VALUE = "first-cursor-key-of-the-rotation-test";
    static volatile String secretArn;

    @Override
    public Map<String, String> start() {
        try (SecretsManagerClient secrets = AwsEmulator.shared().secretsManager()) {
            secretArn = secrets.createSecret(request -> request.name("cursor-key-" + UUID.randomUUID())
                    .secretString(FIRST_VALUE)).arn();
        }
        return Map.of("edgar.cursor-key-secret-arn", secretArn, "edgar.cursor-key-ttl", "PT0S",
                // No key of its own: the test profile's is switched off.
                "%test.edgar.cursor-key", "", "edgar.cursor-key", "");
    }

    /** Puts a new value: it becomes AWSCURRENT, the one before it AWSPREVIOUS. */
    static void rotateTo(String value) {
        try (SecretsManagerClient secrets = AwsEmulator.shared().secretsManager()) {
            secrets.putSecretValue(request -> request.secretId(secretArn).secretString(value));
        }
    }

    @Override
    public void stop() {
        // The secret goes with the emulator.
    }
}
