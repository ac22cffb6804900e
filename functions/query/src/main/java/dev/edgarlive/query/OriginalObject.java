package dev.edgarlive.query;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/**
 * Where a filing's original bytes are: the S3 object it was ingested from, and a presigned URL that fetches it
 * without AWS credentials until {@code expiresAt}. A browser follows the URL; the API never streams the object
 * (filings run to tens of megabytes, past Lambda's 6 MB response limit).
 *
 * @param key the object's key in the bucket, as uploaded
 */
@RegisterForReflection // returned inside a Response: a native image keeps its accessors only when told to
public record OriginalObject(String key, String url, Instant expiresAt) {
}
