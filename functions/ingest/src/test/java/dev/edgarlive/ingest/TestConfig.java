package dev.edgarlive.ingest;

import java.time.Duration;
import java.util.Optional;

/** Ingest settings for tests that build the ingestor by hand, without Quarkus. */
record TestConfig(String table, String bucket, long maxObjectBytes, Duration parseBudget, int maxDeliveries)
        implements IngestConfig {

    /** The function's defaults, on a table and bucket of the test's. */
    static TestConfig of(String table, String bucket) {
        return new TestConfig(table, bucket, 64L << 20, Duration.ofSeconds(60), 3);
    }

    @Override
    public String filingsPrefix() {
        return "filings/";
    }

    @Override
    public int formShards() {
        return 2;
    }

    @Override
    public int maxDecompressionRatio() {
        return 100;
    }

    @Override
    public String archivesPrefix() {
        return "archives/";
    }

    @Override
    public Optional<String> archiveFormTypes() {
        return Optional.empty();
    }

    @Override
    public Optional<String> archiveQueueUrl() {
        return Optional.empty();
    }

    @Override
    public Optional<String> reprocessQueueUrl() {
        return Optional.empty();
    }

    @Override
    public boolean priming() {
        return false;
    }
}
