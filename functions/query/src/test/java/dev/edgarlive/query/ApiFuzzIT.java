package dev.edgarlive.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.edgarlive.emulator.EmulatorTestResource;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.store.FilingStore;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile values for every path segment and query parameter of every endpoint, sent as API Gateway
 * events: whatever comes in, the function answers below 500, never shows a stack trace, answers every error with
 * a problem document carrying the fields the API documents, and never passes Lambda's response limit.
 *
 * <p>Seeded and replayable: {@code -Dedgar.fuzz.seed=N} repeats a run, {@code -Dedgar.fuzz.requests=N} sets its
 * length. A failure names the seed and the request.
 */
@QuarkusTest
@RequiresEmulator
@WithTestResource(value = EmulatorTestResource.class, initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG,
        value = "api-edges"))
class ApiFuzzIT {

    static final long DEFAULT_SEED = 20261207L;
    static final int DEFAULT_REQUESTS = 3000;
    /** Lambda's limit on a synchronous response payload. */
    static final long LAMBDA_RESPONSE_LIMIT = 6L * 1024 * 1024;
    /**
     * HTTP APIs refuse a request whose request line and header values pass 10,240 bytes (a quota that cannot be
     * raised) before it reaches the function; longer requests are drawn again rather than sent.
     */
    static final int GATEWAY_REQUEST_LIMIT = 10_240;

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$]+(\\.[\\w$<>]+)+\\(");
    private static final List<String> PROBLEM_FIELDS = List.of("type", "title", "status", "detail");

    /** Each endpoint, its path with {placeholders}, and the query parameters it reads. */
    private record Endpoint(String path, List<String> parameters) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/filings/{id}", List.of("include")),
            new Endpoint("/filings/{id}/items/{code}", List.of()),
            new Endpoint("/filings/{id}/exhibits/{number}", List.of()),
            new Endpoint("/filings", List.of("form", "item", "from", "to", "limit", "cursor")),
            new Endpoint("/companies/{cik}", List.of()),
            new Endpoint("/companies/{cik}/filings", List.of("form", "from", "to", "limit", "cursor")),
            new Endpoint("/stats/daily", List.of("form", "item", "by", "from", "to")),
            new Endpoint("/failures", List.of("from", "to", "limit", "cursor")),
            new Endpoint("/{anything}", List.of("limit")));

    @Inject
    FilingStore store;

    @ConfigProperty(name = "edgar.bucket")
    String bucket;

    EdgeData data;

    @BeforeEach
    void storeTheData() {
        data = EdgeData.load(store, bucket);
    }

    @Test
    void noInputGivesA500AStackTraceOrAnErrorThatIsNotAProblemDocument() {
        long seed = Long.getLong("edgar.fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("edgar.fuzz.requests", DEFAULT_REQUESTS);
        Random random = new Random(seed);
        Map<String, String> cursors = cursors();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        long largest = 0;
        int tooLongForTheGateway = 0;
        for (int n = 0; n < requests; n++) {
            GatewayCall call = request(random, cursors);
            while (call.requestBytes() > GATEWAY_REQUEST_LIMIT) {
                tooLongForTheGateway++;
                call = request(random, cursors);
            }
            GatewayCall.Reply reply = call.send();
            byStatus.merge(reply.status(), 1, Integer::sum);
            largest = Math.max(largest, reply.lambdaResponseBytes());
            for (String violation : violations(reply)) {
                byKind.merge(violation.replaceAll("[0-9]+", "N") + " on " + call.endpoint(), 1, Integer::sum);
                if (failures.size() < 40) {
                    failures.add("seed " + seed + " request " + n + ": " + violation + "\n    " + call
                            + "\n    -> " + reply.status() + " " + Fuzz.printable(reply.body()));
                }
            }
        }
        System.out.printf("API fuzz: seed %d, %d requests sent (%d more drawn were too long for API Gateway), "
                        + "statuses %s, largest Lambda response %d bytes, violations %s%n", seed, requests,
                tooLongForTheGateway, byStatus, largest, byKind);
        assertThat(failures).as("violations by kind: " + byKind + " (replay with -Dedgar.fuzz.seed=" + seed + ")")
                .isEmpty();
    }

    /** Cursors the API really issued, so that valid and tampered cursors are part of the mix. */
    private Map<String, String> cursors() {
        Map<String, String> cursors = new LinkedHashMap<>();
        for (String path : List.of("/filings?form=8-K&limit=1", "/filings?item=9.01&limit=1",
                "/companies/" + data.cik() + "/filings?limit=1", "/failures?limit=1")) {
            GatewayCall.Reply reply = GatewayCall.get(path.substring(0, path.indexOf('?')),
                    path.substring(path.indexOf('?') + 1)).send();
            if (reply.status() == 200 && reply.json().path("nextCursor").isTextual()) {
                cursors.put(path, reply.json().path("nextCursor").asText());
            }
        }
        return cursors;
    }

    private GatewayCall request(Random random, Map<String, String> cursors) {
        Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
        boolean decodedPath = random.nextInt(10) < 7;   // HTTP APIs decode rawPath; REST APIs and URLs do not
        StringBuilder path = new StringBuilder();
        for (String segment : endpoint.path().substring(1).split("/")) {
            String value = segment;
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                value = random.nextInt(10) < 6 ? valid(name, random, cursors) : Fuzz.hostile(random);
                value = decodedPath ? value : Fuzz.encode(value);
            }
            path.append('/').append(value);
        }
        List<String> query = new ArrayList<>();
        for (String name : endpoint.parameters()) {
            int roll = random.nextInt(10);
            if (roll < 4) {
                continue;
            }
            String value = roll < 7 ? valid(name, random, cursors) : Fuzz.hostile(random);
            query.add(name + "=" + queryValue(value, random));
            if (random.nextInt(12) == 0) {
                query.add(name + "=" + queryValue(random.nextBoolean() ? value : Fuzz.hostile(random), random));
            }
        }
        if (random.nextInt(15) == 0) {
            query.add(queryValue(Fuzz.hostile(random), random) + "=" + queryValue(Fuzz.hostile(random), random));
        }
        java.util.Collections.shuffle(query, random);
        GatewayCall call = GatewayCall.get(path.toString(), String.join("&", query));
        // Header values with anything but line breaks (which would end the header on the wire).
        if (random.nextInt(10) == 0) {
            call.header("if-none-match", random.nextBoolean() ? "*" : Fuzz.headerValue(Fuzz.hostile(random)));
        }
        if (random.nextInt(15) == 0) {
            call.header("accept", random.nextBoolean() ? "text/html" : Fuzz.headerValue(Fuzz.hostile(random)));
        }
        return call;
    }

    /** Encoded as a browser would, or (for printable ASCII) raw as a hand-written URL may carry it. */
    private static String queryValue(String value, Random random) {
        boolean rawIsPossible = value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '&' && c != '#');
        return rawIsPossible && random.nextInt(4) == 0 ? value : Fuzz.encode(value);
    }

    private String valid(String name, Random random, Map<String, String> cursors) {
        List<String> cursorValues = new ArrayList<>(cursors.values());
        return switch (name) {
            case "id" -> data.ids().get(random.nextInt(data.ids().size()));
            case "code" -> pick(random, "5", "7", "8.01", "9.01", "2.02");
            case "number" -> pick(random, "99.1", "10.1", "99", "4.1");
            case "cik" -> pick(random, data.cik(), data.cik().replaceFirst("^0+", ""), "320193");
            case "form" -> pick(random, "8-K", "10-K", "8-K/A", "10-Q");
            case "item" -> pick(random, "8.01", "9.01", "2.02", "5.02", "I-2");
            case "from", "to" -> pick(random, "2000-11-01", "2000-11-30", "1995-01-01", "2026-12-31", "2000-11-28");
            case "limit" -> pick(random, "1", "2", "50", "500");
            case "include" -> "text";
            case "cursor" -> cursorValues.isEmpty() ? "x" : cursorValues.get(random.nextInt(cursorValues.size()));
            default -> pick(random, "filings", "openapi", "stats", "companies", "failures");
        };
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    /** What must hold of every reply, whatever the request. */
    static List<String> violations(GatewayCall.Reply reply) {
        List<String> violations = new ArrayList<>();
        if (reply.status() >= 500) {
            violations.add("status " + reply.status());
        }
        if (reply.lambdaResponseBytes() > LAMBDA_RESPONSE_LIMIT) {
            violations.add("Lambda response of " + reply.lambdaResponseBytes() + " bytes");
        }
        if (STACK_FRAME.matcher(reply.body()).find() || reply.body().contains("Caused by:")) {
            violations.add("a stack trace in the body");
        }
        String type = reply.header("content-type");
        if (reply.status() >= 400) {
            if (type == null || !type.startsWith(ProblemDetail.MEDIA_TYPE)) {
                violations.add("an error of type " + type);
                return violations;
            }
            JsonNode problem;
            try {
                problem = reply.json();
            } catch (RuntimeException notJson) {
                violations.add("a problem document that is not JSON");
                return violations;
            }
            for (String field : PROBLEM_FIELDS) {
                if (problem.path(field).isMissingNode() || problem.path(field).isNull()) {
                    violations.add("a problem without '" + field + "'");
                }
            }
            if (problem.path("status").asInt() != reply.status()) {
                violations.add("a problem whose status " + problem.path("status") + " is not the response's");
            }
            if (reply.status() == 400 && !problem.path("parameter").isTextual()) {
                violations.add("a 400 that names no parameter");
            }
            if (reply.body().contains("Exception") || reply.body().contains("dev.edgarlive")) {
                violations.add("an error that names the code");
            }
        } else if (reply.status() == 200 && type == null) {
            violations.add("a 200 without a content type");
        }
        return violations;
    }
}
