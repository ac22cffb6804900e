package dev.edgarlive.query;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How browsers may keep the files the function serves besides the API (its static files under
 * {@code META-INF/resources}, and {@code /docs}).
 *
 * <ul>
 *   <li><b>The dashboard's own files</b> ({@code /}, {@code app/main.js}, {@code app/app.css}...): their URLs stay
 *       the same when a deploy changes them, so they are {@code no-cache}: each use asks again with the ETag, the hash
 *       of the file's bytes, and an unchanged file costs a 304 without a body. Vert.x would call them immutable for
 *       a day and date them by when the execution environment started; both are replaced, and only the ETag
 *       decides whether a file changed.</li>
 *   <li><b>WebJars</b> ({@code /webjars/uplot/1.6.30/...}): the version is in the URL, so they stay immutable.</li>
 * </ul>
 * Behind an authorizer both are {@code private} (see {@link CachePolicy}). The pages' security headers
 * (Content-Security-Policy and others, from {@code quarkus.http.filter.*}) are left as they are.
 */
@ApplicationScoped
public class StaticFileCaching {

    /** Runs before Quarkus's own header filters and the static handler. */
    private static final int PRIORITY = 100;
    private static final String ROOT = "META-INF/resources";
    private static final String WEBJARS = "/webjars/";
    private static final Base64.Encoder TAG_ENCODING = Base64.getUrlEncoder().withoutPadding();
    private static final int TAG_BYTES = 16;

    private final CachePolicy caching;
    /** The ETag of each file served so far, by path: computed on first use, as most containers serve none. */
    private final Map<String, String> tags = new ConcurrentHashMap<>();

    public StaticFileCaching(CachePolicy caching) {
        this.caching = caching;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        if (path.startsWith(WEBJARS)) {
            String policy = caching.versionedFile();
            context.addHeadersEndHandler(v -> {
                if (context.response().getStatusCode() == 200) {
                    context.response().headers().set(HttpHeaders.CACHE_CONTROL, policy);
                }
            });
            context.next();
            return;
        }
        Optional<String> tag = tagOf(path);
        if (tag.isEmpty()) {
            context.next();
            return;
        }
        String etag = tag.get();
        String policy = caching.appFile();
        if (EntityTags.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), unquoted(etag))) {
            context.response().setStatusCode(304)
                    .putHeader(HttpHeaders.ETAG, etag)
                    .putHeader(HttpHeaders.CACHE_CONTROL, policy)
                    .end();
            return;
        }
        // The static handler must not answer 304 on a date of its own: the ETag alone says whether a file changed.
        context.request().headers().remove(HttpHeaders.IF_MODIFIED_SINCE);
        context.addHeadersEndHandler(v -> {
            if (context.response().getStatusCode() == 200) {
                context.response().headers()
                        .set(HttpHeaders.CACHE_CONTROL, policy)
                        .set(HttpHeaders.ETAG, etag)
                        .remove(HttpHeaders.LAST_MODIFIED);
            }
        });
        context.next();
    }

    /** The quoted strong ETag of the file a path serves, or empty when no file of the dashboard serves it. */
    Optional<String> tagOf(String path) {
        String file = fileOf(path);
        if (file == null) {
            return Optional.empty();
        }
        String known = tags.get(file);
        if (known != null) {
            return Optional.of(known);
        }
        // Absent files are not remembered: the map stays as small as the set of files, whatever paths are asked.
        return read(file).map(bytes -> tags.computeIfAbsent(file, f -> '"' + hash(bytes) + '"'));
    }

    /** The resource a path serves: {@code /} is the index page, {@code /docs} the explorer's page. */
    private static String fileOf(String path) {
        if (path == null || path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            return "index.html";
        }
        if (path.equals("/docs")) {
            return "docs.html";
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        // Files have an extension; API paths (/filings/..., /stats/daily) mostly do not, and are never looked up.
        if (!path.startsWith("/") || path.contains("..") || !name.contains(".") || path.startsWith("/filings/")) {
            return null;
        }
        return path.substring(1);
    }

    private static Optional<byte[]> read(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + "/" + file)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return TAG_ENCODING.encodeToString(Arrays.copyOf(digest, TAG_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String unquoted(String etag) {
        return etag.substring(1, etag.length() - 1);
    }
}
