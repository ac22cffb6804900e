package dev.edgarlive.query;

import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;
import io.quarkus.arc.Arc;

/**
 * The query function's Lambda handler on the java runtime: Quarkus's own, which starts the application while it is
 * constructed (Quarkus's SnapStart settings do the full start there), followed by the part of the priming that needs
 * the HTTP layer up ({@link QueryPriming#primeHttpAtInit}), which Quarkus starts only after its start-up event. Both
 * happen in the function's initialisation, so before a SnapStart snapshot and, without SnapStart, before the first
 * request, as on the local stack.
 */
public class PrimedStreamHandler extends QuarkusStreamHandler {

    public PrimedStreamHandler() {
        super();
        Arc.container().instance(QueryPriming.class).get().primeHttpAtInit();
    }
}
