package dev.edgarlive.query;

import dev.edgarlive.store.StoredPart;
import dev.edgarlive.store.TextObject;
import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

import java.time.Duration;

/**
 * Links to texts too large for a response: a pre-signed GET of the S3 object the store keeps such a text in
 * ({@code derived/}; every text over 1 MiB is kept there), signed with the function's own credentials and valid
 * for {@code edgar.text-link-ttl} (15 minutes), so the client fetches the plain text straight from S3. Signing is a
 * local computation: no request is made.
 */
@ApplicationScoped
public class TextLinks {

    private final ApiBackend backend;
    private final String bucket;
    private final Duration ttl;

    public TextLinks(ApiBackend backend, QueryConfig config) {
        this.backend = backend;
        this.bucket = config.bucket();
        this.ttl = config.textLinkTtl();
    }

    /**
     * The link to a part's text; a 413 when the text is not kept in S3 (a row of an older layout, or text that
     * inflates past the limit through escapes alone), so nothing could be linked to.
     */
    TextLink link(StoredPart<?> part, String filingId, String what) {
        TextObject object = part.textObject().orElseThrow(() -> ApiProblem.tooLarge("The text of " + what
                + " of filing " + filingId + " is too large for a response and is not kept where a link could point.",
                null, null, null));
        PresignedGetObjectRequest signed = backend.presigner().presignGetObject(request -> request
                .signatureDuration(ttl)
                .getObjectRequest(get -> get.bucket(bucket).key(object.key())
                        .responseContentType("text/plain; charset=utf-8")));
        return new TextLink(signed.url().toString(), signed.expiration());
    }
}
