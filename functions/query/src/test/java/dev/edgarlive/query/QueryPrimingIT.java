package dev.edgarlive.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.emulator.EmulatorTestResource;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.query.HttpPriming.PrimedRequest;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query function's priming in the running function: what the function's handler runs once the HTTP layer is up
 * goes through Quarkus's Lambda HTTP handler, reaches every route of the API with data read through the SDK from the
 * loopback stub (the emulator's table holds no filing), and answers as the API does.
 */
@QuarkusTest
@RequiresEmulator
@WithTestResource(value = EmulatorTestResource.class, initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG,
        value = "priming"))
class QueryPrimingIT {

    @Inject
    QueryPriming priming;

    @Inject
    ObjectMapper json;

    @Test
    void everyPathOfTheApiIsPrimed() throws Exception {
        List<PrimedRequest> primed = priming.primeHttp();

        JsonNode document = json.readTree(given().queryParam("format", "json").get("/openapi").asString());
        List<String> unprimed = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(template -> {
            Pattern route = Pattern.compile(template.replaceAll("\\{[^/}]+}", "[^/]+"));
            if (primed.stream().noneMatch(request -> route.matcher(request.path()).matches()
                    && request.status() != 404)) {
                unprimed.add(template);
            }
        });
        assertThat(document.path("paths").size()).as("the OpenAPI document lists the API's paths").isGreaterThan(5);
        assertThat(unprimed).as("API paths that no priming request reaches with an answer other than 404: add a"
                + " request to HttpPriming").isEmpty();
    }

    @Test
    void theSampleIsServedFromTheStubWithRevalidationProblemsAndTheDashboard() {
        Map<String, List<Integer>> statuses = priming.primeHttp().stream().collect(Collectors.groupingBy(
                request -> request.query() == null ? request.path() : request.path() + "?" + request.query(),
                java.util.LinkedHashMap::new, Collectors.mapping(PrimedRequest::status, Collectors.toList())));
        String filing = "/filings/" + QueryPriming.SAMPLE_ID;

        // 200 for a filing the emulator's table does not hold: read from the stub through the SDK's HTTP client.
        assertThat(statuses.get(filing)).as("the filing, then revalidated with its ETag").containsExactly(200, 304);
        assertThat(statuses.get(filing + "?include=text")).containsExactly(200);
        assertThat(statuses.entrySet()).filteredOn(e -> e.getKey().startsWith(filing + "/"))
                .extracting(Map.Entry::getValue).as("items, exhibits, source link").hasSize(3)
                .allSatisfy(codes -> assertThat(codes).containsExactly(200));
        assertThat(statuses.get("/filings/0000000000-00-000000")).containsExactly(404);
        assertThat(statuses.entrySet()).filteredOn(e -> e.getKey().startsWith("/filings?"))
                .extracting(Map.Entry::getValue).containsExactly(List.of(200), List.of(200), List.of(400));
        assertThat(statuses.get("/")).as("the dashboard, then revalidated").containsExactly(200, 304);
        assertThat(statuses.get("/app/main.js")).containsExactly(200);
        assertThat(statuses.get("/docs")).containsExactly(200);
        assertThat(statuses.get("/openapi")).containsExactly(200);
    }

    @Test
    void theFunctionsOwnClientsCallOnlyWhenNoSnapshotFollows() {
        assertThat(priming.primeHttpAtInit(HttpPriming.direct(), "snap-start"))
                .as("before a SnapStart snapshot: no credential read, no connection opened").isFalse();
        assertThat(priming.primeHttpAtInit(HttpPriming.direct(), "on-demand"))
                .as("on demand (and on the local stack): the first calls reach the emulator's table").isTrue();
        assertThat(priming.primeHttpAtInit(HttpPriming.direct(), null)).as("no initialisation type").isTrue();
    }
}
