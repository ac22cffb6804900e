package dev.edgarlive.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Every JSON response the API answers with data goes through here once its resource has built it: serialized once,
 * measured against Lambda's payload limit, tagged, and answered 304 when the client holds it already.
 *
 * <ul>
 *   <li><b>Size.</b> A body that would pass {@link LambdaPayload#MAX_BODY} is never sent (Lambda would fail the
 *       invocation and the client would see a bare 500): the view's {@link TooLargeAdvice} answers a 413 that says
 *       which smaller requests read the same data.</li>
 *   <li><b>ETag.</b> The hash (SHA-256, 128 bits kept) of the very bytes sent, so it changes when any field
 *       does, whatever the field, and is the same for the same bytes on every container. {@code If-None-Match}
 *       with it gives 304 without a body.</li>
 *   <li><b>Cache-Control.</b> What the resource set, else {@link CachePolicy#revalidate()}.</li>
 * </ul>
 * Errors (problem documents) and responses that are not JSON data (the OpenAPI document, a dashboard's pages) are
 * left alone.
 */
@Provider
public class RepresentationFilter implements ContainerResponseFilter {

    private static final Base64.Encoder TAG_ENCODING = Base64.getUrlEncoder().withoutPadding();
    private static final int TAG_BYTES = 16;

    private final ObjectMapper json;
    private final CachePolicy caching;

    public RepresentationFilter(ObjectMapper json, CachePolicy caching) {
        this.json = json;
        this.caching = caching;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!isJsonData(request, response)) {
            return;
        }
        Object view = response.getEntity();
        byte[] body = json.writeValueAsBytes(view);
        if (!LambdaPayload.fits(body)) {
            long bytes = LambdaPayload.bodyBytes(body);
            ApiProblem problem = view instanceof TooLargeAdvice advice ? advice.tooLarge(bytes)
                    : ApiProblem.tooLarge("The response would take " + bytes + " bytes, more than one response can"
                    + " carry (" + LambdaPayload.MAX_BODY + ").", null, null, null);
            var replacement = Problems.response(problem.toProblem(request.getUriInfo().getRequestUri().getRawPath()));
            response.setStatus(replacement.getStatus());
            response.getHeaders().clear();
            response.getHeaders().putAll(replacement.getHeaders());
            response.setEntity(replacement.getEntity(), null, MediaType.valueOf(ProblemDetail.MEDIA_TYPE));
            return;
        }
        EntityTag tag = new EntityTag(TAG_ENCODING.encodeToString(Arrays.copyOf(sha256(body), TAG_BYTES)));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, caching.revalidate());
        }
        if (EntityTags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag.getValue())) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()));
    }

    /** A 200 to a GET whose entity is a view to be written as JSON. */
    private static boolean isJsonData(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !response.hasEntity()) {
            return false;
        }
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return false;
        }
        Object entity = response.getEntity();
        if (entity instanceof ProblemDetail || entity instanceof CharSequence || entity instanceof byte[]
                || entity instanceof InputStream) {
            return false;
        }
        MediaType type = response.getMediaType();
        return type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
