package dev.edgarlive.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The query function's settings; on AWS they come from the environment (EDGAR_TABLE, EDGAR_BUCKET...). */
@ConfigMapping(prefix = "edgar")
public interface QueryConfig {

    String table();

    String bucket();

    /** Must equal the ingest function's: reads scatter over exactly the shards writes spread over. */
    @WithDefault("8")
    int formShards();

    /**
     * The ARN of the Secrets Manager secret whose value signs list cursors ({@code EDGAR_CURSOR_KEY_SECRET_ARN}; the
     * template passes its CursorSigningSecret, and the local stack the secret it creates on the emulator). Either
     * this or {@link #cursorKey()}, never both, never neither: the function does not start without a key.
     */
    Optional<String> cursorKeySecretArn();

    /**
     * A cursor key given as is ({@code EDGAR_CURSOR_KEY}, at least 16 bytes): for tests and dev mode only, which set
     * one in their profiles. On AWS the key comes from Secrets Manager, never from a plain environment variable.
     */
    Optional<String> cursorKey();

    /** How long a key read from Secrets Manager is used before it is read again (a rotation is seen this late). */
    @WithDefault("PT5M")
    Duration cursorKeyTtl();

    /** How the API authenticates callers (the template's ApiAuth): anything but NONE makes responses private. */
    @WithDefault("IAM")
    ApiAuth apiAuth();

    /** How long clients and caches may reuse a filing resource before revalidating it with its ETag. */
    @WithDefault("300")
    int filingMaxAgeSeconds();

    /** How long a link to a text too large for a response (a pre-signed S3 GET) stays valid. */
    @WithDefault("PT15M")
    Duration textLinkTtl();

    /** Whether the function runs its path once on in-memory clients while it initialises (EDGAR_PRIMING). */
    @WithDefault("true")
    boolean priming();

    /** The template's ApiAuth choices. */
    enum ApiAuth { NONE, JWT, IAM }
}
