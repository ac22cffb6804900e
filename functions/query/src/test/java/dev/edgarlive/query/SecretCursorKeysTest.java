package dev.edgarlive.query;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCursorKeysTest {

    private static final String ARN = "arn:aws:secretsmanager:us-east-1:000000000000:secret:cursor-key-AbCdEf";
    private static final String V1 = "first-key-of-thirty-two-bytes!!!";
    private static final String V2 = "second-key-of-thirty-two-bytes!!";

    /** A secret whose versions a test sets, counting the reads. */
    private static final class FakeSecret implements SecretsManagerClient {
        final Map<String, String> stages = new HashMap<>();
        int reads;
        boolean down;

        void rotateTo(String value) {
            stages.put(SecretCursorKeys.PREVIOUS, stages.get(SecretCursorKeys.CURRENT));
            stages.put(SecretCursorKeys.CURRENT, value);
        }

        @Override
        public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
            reads++;
            if (down) {
                throw SdkClientException.create("connection refused");
            }
            String value = stages.get(request.versionStage());
            if (value == null) {
                throw ResourceNotFoundException.builder().message("no version in stage " + request.versionStage())
                        .build();
            }
            return GetSecretValueResponse.builder().secretString(value).build();
        }

        @Override
        public String serviceName() {
            return "secretsmanager";
        }

        @Override
        public void close() {
        }
    }

    private final FakeSecret secret = new FakeSecret();
    private Instant now = Instant.parse("2026-12-07T05:00:00Z");
    private int clientsBuilt;
    private final SecretCursorKeys keys = new SecretCursorKeys(ARN, () -> {
        clientsBuilt++;
        return secret;
    }, Duration.ofMinutes(5), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    {
        secret.stages.put(SecretCursorKeys.CURRENT, V1);
    }

    @Test
    void nothingIsReadAndNoClientBuiltUntilTheFirstUse() {
        assertThat(clientsBuilt).isZero();
        assertThat(secret.reads).isZero();
        assertThat(text(keys.current())).isEqualTo(V1);
        assertThat(clientsBuilt).isEqualTo(1);
    }

    @Test
    void theKeysAreKeptForTheTtlThenReadAgain() {
        keys.current();
        int reads = secret.reads;
        now = now.plus(Duration.ofMinutes(4));
        secret.rotateTo(V2);
        assertThat(text(keys.current())).as("within the TTL").isEqualTo(V1);
        assertThat(secret.reads).isEqualTo(reads);

        now = now.plus(Duration.ofMinutes(1));
        assertThat(text(keys.current())).as("at the TTL").isEqualTo(V2);
        assertThat(keys.accepted()).extracting(SecretCursorKeysTest::text).containsExactly(V2, V1);
    }

    @Test
    void aSnapshotRestoredLaterThanTheTtlReadsTheKeysAgain() {
        // SnapStart restores a snapshot minutes to days after it was taken; the wall clock has moved on by then.
        keys.current();
        secret.rotateTo(V2);
        now = now.plus(Duration.ofDays(3));
        assertThat(text(keys.current())).isEqualTo(V2);
    }

    @Test
    void aSecretNeverRotatedHasOnlyItsCurrentKey() {
        assertThat(keys.accepted()).extracting(SecretCursorKeysTest::text).containsExactly(V1);
    }

    @Test
    void aFailedReadKeepsTheKeysHeldAndTriesAgainAfterAPause() {
        keys.current();
        secret.down = true;
        now = now.plus(Duration.ofMinutes(6));
        assertThat(text(keys.current())).isEqualTo(V1);
        int reads = secret.reads;
        now = now.plusSeconds(10);
        keys.current();
        assertThat(secret.reads).as("no read within the pause").isEqualTo(reads);
        secret.down = false;
        secret.rotateTo(V2);
        now = now.plusSeconds(SecretCursorKeys.RELOAD_SPACING_SECONDS);
        assertThat(text(keys.current())).isEqualTo(V2);
    }

    @Test
    void withNoKeyHeldAFailedReadIsUnavailableNotAnError() {
        secret.down = true;
        assertThatThrownBy(keys::current).isInstanceOf(CursorKeyUnavailableException.class)
                .hasMessageContaining(ARN);
    }

    @Test
    void aReloadAskedForByAnUnverifiedCursorHappensAtMostEveryThirtySeconds() {
        keys.current();
        secret.rotateTo(V2);
        assertThat(keys.reload()).isTrue();
        assertThat(text(keys.current())).isEqualTo(V2);
        secret.rotateTo("third-key-of-thirty-two-bytes!!!");
        assertThat(keys.reload()).as("a forged cursor cannot make every request read the secret").isFalse();
        now = now.plusSeconds(SecretCursorKeys.RELOAD_SPACING_SECONDS);
        assertThat(keys.reload()).isTrue();
    }

    private static String text(byte[] key) {
        return new String(key, StandardCharsets.UTF_8);
    }
}
