package dev.edgarlive.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;

/**
 * How long responses may be reused, and by whom. Behind an authorizer (ApiAuth IAM or JWT, the template's
 * {@code EDGAR_API_AUTH}) every response is {@code private}: a shared cache (a CDN, a corporate proxy) must not
 * hand one caller's authorized answer to another. Every cacheable response carries an ETag, so revalidating costs a
 * 304 without a body.
 */
@ApplicationScoped
public class CachePolicy {

    private final boolean authorized;
    private final int filingMaxAgeSeconds;

    public CachePolicy(QueryConfig config) {
        this.authorized = config.apiAuth() != QueryConfig.ApiAuth.NONE;
        this.filingMaxAgeSeconds = config.filingMaxAgeSeconds();
    }

    /** A filing, item or exhibit: it changes only when its source object is replaced, so it may be kept a while. */
    CacheControl filing() {
        CacheControl cache = base();
        cache.setMaxAge(filingMaxAgeSeconds);
        return cache;
    }

    /** Lists, counts, companies, failures: they change with every upload, so each use revalidates. */
    CacheControl revalidate() {
        CacheControl cache = base();
        cache.setNoCache(true);
        return cache;
    }

    private CacheControl base() {
        CacheControl cache = new CacheControl();
        cache.setNoTransform(false);
        cache.setPrivate(authorized);
        return cache;
    }
}
