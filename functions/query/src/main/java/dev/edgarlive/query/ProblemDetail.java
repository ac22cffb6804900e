package dev.edgarlive.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document: what every error response carries, as {@code application/problem+json}. Every
 * problem has {@code type}, {@code title}, {@code status} and {@code detail}; {@code instance} is the request's path.
 *
 * @param type        a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param parameter   the request parameter (or path segment) at fault: always set on a 400 (an extension member)
 * @param itemUrls    on a 413 for a filing's texts: where to read each item's text, one request each
 * @param exhibitUrls on a 413 for a filing's texts: where to read each exhibit's text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            String parameter, List<String> itemUrls, List<String> exhibitUrls) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetail(String type, String title, int status, String detail, String instance, String parameter) {
        this(type, title, status, detail, instance, parameter, null, null);
    }
}
