package dev.edgarlive.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The query function's settings; on AWS they come from the environment (EDGAR_TABLE, EDGAR_BUCKET...). */
@ConfigMapping(prefix = "edgar")
public interface QueryConfig {

    String table();

    String bucket();

    /** Must equal the ingest function's: reads scatter over exactly the shards writes spread over. */
    @WithDefault("8")
    int formShards();

    /** Signs list cursors so that a cursor cannot be forged to read outside its query. At least 16 bytes. */
    String cursorSecret();

    /** How long clients and caches may reuse a filing resource before revalidating it with its ETag. */
    @WithDefault("300")
    int filingMaxAgeSeconds();

    /** Whether the function runs its path once on in-memory clients while it initialises (EDGAR_PRIMING). */
    @WithDefault("true")
    boolean priming();
}
