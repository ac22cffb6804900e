package dev.edgarlive.query;

import dev.edgarlive.emulator.EmulatorTestResource;
import dev.edgarlive.emulator.RequiresEmulator;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query function's priming in the running function: the store's read path and the sample's view run on in-memory
 * clients, and (what the function's handler runs once the HTTP layer is up) its requests go through Quarkus's Lambda
 * HTTP handler and answer as the API does.
 */
@QuarkusTest
@RequiresEmulator
@WithTestResource(value = EmulatorTestResource.class, initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG,
        value = "priming"))
class QueryPrimingIT {

    @Inject
    QueryPriming priming;

    @Test
    void theStoreAndViewPrimingReadsNothingAndAnswersAsTheApiDoes() {
        assertThat(priming.primeStoreAndViews()).isEqualTo(404);
    }

    @Test
    void theHttpPrimingAnswersAsTheApiDoesWithoutTouchingTheTable() {
        assertThat(priming.primeHttp()).containsExactly(200, 400);
    }
}
