package dev.edgarlive.query;

/**
 * A view that knows what to tell a client when it is too large for one response: which smaller requests read the
 * same data. {@link RepresentationFilter} asks it after serializing, when the body would pass Lambda's limit.
 */
interface TooLargeAdvice {

    /** The 413 to answer instead of a body of {@code payloadBytes} bytes. */
    ApiProblem tooLarge(long payloadBytes);
}
