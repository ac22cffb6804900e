package dev.edgarlive.query;

import java.time.Instant;

/**
 * Where to fetch a text too large for a response: a pre-signed S3 GET of the object the text is kept in (plain
 * UTF-8 text), valid until {@code expiresAt}; fetching it needs no credentials.
 */
public record TextLink(String url, Instant expiresAt) {
}
