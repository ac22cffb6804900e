package dev.edgarlive.query;

import dev.edgarlive.store.CursorKeys;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cursor keys kept in a Secrets Manager secret: its {@code AWSCURRENT} version signs new cursors, and cursors
 * signed with it or with {@code AWSPREVIOUS} are accepted, so a rotation does not break the cursors handed out just
 * before it (by this container or by another that read the secret earlier).
 *
 * <p><b>Read lazily, kept for a TTL by the wall clock, never at init.</b> With Lambda SnapStart the init phase runs
 * once, when a version is published, and every execution environment of that version is restored from it: a key
 * read during init would be frozen into the snapshot and miss every later rotation. So the secret is read at the
 * first use (the first list request) and again once {@code ttl} (5 minutes by default) has passed. The age is
 * measured with the wall clock ({@link Clock}), which moves on across a snapshot and its restore (unlike
 * {@code System.nanoTime}), so a restored environment holding keys read before the snapshot finds them expired.
 * The SDK client, too, is built at first use: a cold start that serves no list pays nothing for it.
 *
 * <p>A cursor that no held key verifies makes the keys be read again before it is refused (another container may
 * have seen a rotation first), at most once per {@value #RELOAD_SPACING_SECONDS} seconds, so forged cursors cannot
 * turn into a stream of Secrets Manager calls. When a read fails and keys are held, they stay in use (with a
 * warning) until a read succeeds; with no key at all, lists answer 503.
 */
final class SecretCursorKeys implements CursorKeys {

    static final String CURRENT = "AWSCURRENT";
    static final String PREVIOUS = "AWSPREVIOUS";
    static final int RELOAD_SPACING_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(SecretCursorKeys.class);

    private final String secretArn;
    private final Supplier<SecretsManagerClient> clientFactory;
    private final Duration ttl;
    private final Clock clock;
    private SecretsManagerClient client;
    private Keys held;
    private Instant lastFailure;
    private Instant lastReload;

    /** The keys as read at one moment. */
    private record Keys(byte[] current, Optional<byte[]> previous, Instant readAt) {

        boolean sameAs(Keys other) {
            return other != null && Arrays.equals(current, other.current)
                    && Arrays.equals(previous.orElse(null), other.previous.orElse(null));
        }
    }

    /**
     * @param clientFactory builds the Secrets Manager client, once, at the first read
     */
    SecretCursorKeys(String secretArn, Supplier<SecretsManagerClient> clientFactory, Duration ttl, Clock clock) {
        this.secretArn = secretArn;
        this.clientFactory = clientFactory;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public synchronized byte[] current() {
        return fresh().current().clone();
    }

    @Override
    public synchronized List<byte[]> accepted() {
        Keys keys = fresh();
        List<byte[]> accepted = new ArrayList<>(2);
        accepted.add(keys.current().clone());
        keys.previous().ifPresent(previous -> accepted.add(previous.clone()));
        return accepted;
    }

    @Override
    public synchronized boolean reload() {
        Instant now = clock.instant();
        if (within(lastReload, now)) {
            return false;
        }
        lastReload = now;
        Keys before = held;
        read();
        return !held.sameAs(before);
    }

    /** The keys, read again once they are older than the TTL (after a failed read, not before the spacing). */
    private Keys fresh() {
        Instant now = clock.instant();
        if (held == null || !now.isBefore(held.readAt().plus(ttl)) && !within(lastFailure, now)) {
            read();
        }
        return held;
    }

    private static boolean within(Instant last, Instant now) {
        return last != null && now.isBefore(last.plusSeconds(RELOAD_SPACING_SECONDS));
    }

    /** Reads both versions; keeps what it held when that fails, and fails only when it holds nothing. */
    private void read() {
        try {
            if (client == null) {
                client = clientFactory.get();
            }
            byte[] current = value(CURRENT).orElseThrow(() -> new CursorKeyUnavailableException(
                    "the secret " + secretArn + " has no " + CURRENT + " version"));
            held = new Keys(CursorKeys.checked(current), value(PREVIOUS).map(CursorKeys::checked), clock.instant());
            lastFailure = null;
        } catch (SdkException | IllegalArgumentException | CursorKeyUnavailableException failed) {
            lastFailure = clock.instant();
            if (held == null) {
                throw new CursorKeyUnavailableException("the cursor key could not be read from " + secretArn + ": "
                        + failed.getMessage(), failed);
            }
            LOG.warnf("cursor key not re-read from %s (%s); keeping the key read at %s", secretArn,
                    failed.getMessage(), held.readAt());
        }
    }

    /** The value of one version stage, or empty when the secret has no version in that stage. */
    private Optional<byte[]> value(String stage) {
        GetSecretValueResponse response;
        try {
            response = client.getSecretValue(request -> request.secretId(secretArn).versionStage(stage));
        } catch (ResourceNotFoundException noSuchStage) {
            // A secret that was never rotated has no AWSPREVIOUS version; a missing secret fails on AWSCURRENT.
            if (CURRENT.equals(stage)) {
                throw noSuchStage;
            }
            return Optional.empty();
        }
        if (response.secretString() != null) {
            return Optional.of(response.secretString().getBytes(StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(response.secretBinary()).map(bytes -> bytes.asByteArray());
    }
}
