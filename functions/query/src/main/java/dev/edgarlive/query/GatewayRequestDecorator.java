package dev.edgarlive.query;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

/**
 * Wraps Quarkus's HTTP API handler (a CDI decorator, which Quarkus's Lambda support expects and leaves the handler
 * choice to) so that the request it turns into an HTTP request is always one the HTTP layer accepts: a valid
 * request target and header values without control characters (see {@link RequestTarget}). Works the same on the JVM, in a native image and under SnapStart, since every invocation
 * goes through the handler bean.
 */
@Decorator
@Priority(10)
public abstract class GatewayRequestDecorator
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Inject
    @Any
    @Delegate
    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (event != null) {
            event.setRawPath(RequestTarget.path(event.getRawPath()));
            event.setRawQueryString(RequestTarget.query(event.getRawQueryString()));
            if (event.getHeaders() != null) {
                event.getHeaders().replaceAll((name, value) -> RequestTarget.headerValue(value));
            }
        }
        return handler.handleRequest(event, context);
    }
}
