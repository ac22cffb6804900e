package dev.edgarlive.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

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

    /**
     * Objects larger than this are recorded as failures (reason TOO_LARGE) instead of read into memory. The parser
     * peaks at up to 8 times its input on large HTML (a 50 MB page needs a 256-512 MB heap), so 64 MB keeps a
     * 1024 MB function clear of running out of memory; raise it with the function's memory (EDGAR_MAX_OBJECT_BYTES).
     */
    @WithDefault("67108864")
    long maxObjectBytes();

    /**
     * How long one parse may take before the upload is recorded as a failure with reason PARSE_TIMEOUT
     * (EDGAR_PARSE_BUDGET). The largest filings parse in about a second; the function's timeout (120 s in
     * template.yaml) must leave room for reading the object and writing the rows after it.
     */
    @WithDefault("60s")
    Duration parseBudget();

    /**
     * Deliveries of one event before its upload is recorded as a failure (EDGAR_MAX_DELIVERIES): the last
     * delivery records reason UNFINISHED before it parses, so that an upload whose every attempt timed out or ran
     * out of memory is still found among the failures. Matches how often the event source delivers an event: 3
     * for S3's asynchronous invocation (the first try and MaximumRetryAttempts 2); a queue's maxReceiveCount.
     */
    @WithDefault("3")
    int maxDeliveries();

    /**
     * A gzip-compressed upload (or archive) may expand to at most this many times its compressed size (past its
     * first MB), and never past {@link #maxObjectBytes()}: filing text compresses 5-10:1, a gzip bomb 1000:1.
     */
    @WithDefault("100")
    int maxDecompressionRatio();

    /** Archives of filings are uploaded under this prefix; their members are written under filings/archives/. */
    @WithDefault("archives/")
    String archivesPrefix();

    /** Form types an unpacked archive keeps, comma separated (EDGAR_ARCHIVE_FORM_TYPES); empty keeps all. */
    Optional<String> archiveFormTypes();

    /** The queue an archive that needs another invocation is put back on (EDGAR_ARCHIVE_QUEUE_URL). */
    Optional<String> archiveQueueUrl();

    /** The queue re-parse requests go to (EDGAR_REPROCESS_QUEUE_URL). */
    Optional<String> reprocessQueueUrl();

    /**
     * Whether the function runs its path once on in-memory clients while it initialises (EDGAR_PRIMING); the
     * template turns it off for the native build, which has nothing to load.
     */
    @WithDefault("true")
    boolean priming();
}
