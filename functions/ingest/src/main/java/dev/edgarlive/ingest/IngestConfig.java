package dev.edgarlive.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The ingest function's settings; on AWS they come from the environment (EDGAR_TABLE, EDGAR_BUCKET...). */
@ConfigMapping(prefix = "edgar")
public interface IngestConfig {

    /** The DynamoDB table that holds filings. */
    String table();

    /** The bucket filings are uploaded to; derived objects (large texts) are written there too. */
    String bucket();

    /** Only keys under this prefix are filings; anything else in the bucket is ignored. */
    @WithDefault("filings/")
    String filingsPrefix();

    /** How many shards the hot by-form and by-item indexes spread writes over. */
    @WithDefault("8")
    int formShards();

    /** Objects larger than this are recorded as failures instead of read into memory. */
    @WithDefault("209715200")
    long maxObjectBytes();
}
