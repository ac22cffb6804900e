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

    static final int CATALOG_MAX_AGE_SECONDS = 3600;
    /** A year: the longest lifetime caches are asked to keep. */
    static final int VERSIONED_MAX_AGE_SECONDS = 31_536_000;

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

    /** The catalog of forms and items: it changes only with a release of the function, so an hour is fine. */
    CacheControl release() {
        CacheControl cache = base();
        cache.setMaxAge(CATALOG_MAX_AGE_SECONDS);
        return cache;
    }

    /**
     * The dashboard's own files ({@code /}, {@code app/*.js}, {@code docs}): their URLs stay the same when a deploy
     * changes them, so each use revalidates with the file's ETag (a 304 without a body while it is unchanged).
     */
    String appFile() {
        return authorized ? "private, no-cache" : "no-cache";
    }

    /** A WebJar's file: its version is in its URL, so the bytes under a URL never change. */
    String versionedFile() {
        return (authorized ? "private" : "public") + ", max-age=" + VERSIONED_MAX_AGE_SECONDS + ", immutable";
    }

    private CacheControl base() {
        CacheControl cache = new CacheControl();
        cache.setNoTransform(false);
        cache.setPrivate(authorized);
        return cache;
    }
}
