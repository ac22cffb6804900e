package dev.edgarlive.query;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;
import io.quarkus.arc.Arc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The query function's Lambda handler on the java runtime: Quarkus's own, which starts the application while it is
 * constructed (Quarkus's SnapStart settings do the full start there), followed by the priming, which needs the
 * HTTP layer up ({@link QueryPriming#primeHttpAtInit}) and which Quarkus starts only after its start-up event. Both
 * happen in the function's initialisation, so before a SnapStart snapshot and, without SnapStart, before the first
 * request, as on the local stack.
 *
 * <p>The priming requests go through this very handler as JSON, as the runtime hands an event over, so the first
 * real event also finds the event's and the response's JSON mapping done once.
 */
public class PrimedStreamHandler extends QuarkusStreamHandler {

    public PrimedStreamHandler() {
        super();
        ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
        Arc.container().instance(QueryPriming.class).get().primeHttpAtInit(event -> invoke(json, event));
    }

    /** One event through {@link #handleRequest}, as JSON bytes both ways; the status and headers answered. */
    private APIGatewayV2HTTPResponse invoke(ObjectMapper json, APIGatewayV2HTTPEvent event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handleRequest(new ByteArrayInputStream(json.writeValueAsBytes(event)), out,
                    HttpPriming.PrimingContext.INSTANCE);
            JsonNode response = json.readTree(out.toByteArray());
            Map<String, String> headers = new HashMap<>();
            response.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
            return APIGatewayV2HTTPResponse.builder().withStatusCode(response.path("statusCode").asInt())
                    .withHeaders(headers).build();
        } catch (IOException unmapped) {
            throw new UncheckedIOException("a priming event did not go through the handler", unmapped);
        }
    }
}
