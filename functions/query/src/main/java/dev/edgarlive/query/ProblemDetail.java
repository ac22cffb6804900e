package dev.edgarlive.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: what every error response carries, as {@code application/problem+json}.
 *
 * @param type      a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param parameter the request parameter at fault, for 400s (an extension member)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
