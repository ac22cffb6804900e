package dev.edgarlive.query;

import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

import java.time.Clock;
import java.time.Duration;

/** Presigned links to the objects filings were ingested from. Signing is local: no AWS call is made. */
@ApplicationScoped
public class OriginalObjects {

    /** Long enough to click, short enough that a shared link soon stops working. */
    static final Duration VALIDITY = Duration.ofMinutes(15);

    private final FilingService filings;
    private final ApiBackend backend;
    private final QueryConfig config;
    private final Clock clock;

    public OriginalObjects(FilingService filings, ApiBackend backend, QueryConfig config, Clock clock) {
        this.filings = filings;
        this.backend = backend;
        this.config = config;
        this.clock = clock;
    }

    /** The object of the filing's first source key (all of them hold the same bytes). */
    public OriginalObject of(String id) {
        var stored = filings.filing(id, false);
        if (stored.sourceKeys().isEmpty()) {
            throw ApiProblem.notFound("Filing '" + id + "' names no source object.");
        }
        String key = stored.sourceKeys().get(0);
        PresignedGetObjectRequest presigned = backend.presigner().presignGetObject(request -> request
                .signatureDuration(VALIDITY)
                .getObjectRequest(get -> get.bucket(config.bucket()).key(key)));
        return new OriginalObject(key, presigned.url().toString(), clock.instant().plus(VALIDITY));
    }
}
