package dev.edgarlive.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.edgarlive.emulator.EmulatorTestResource;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Company;
import dev.edgarlive.filing.Exhibit;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.store.FilingStore;
import dev.edgarlive.store.SourceObject;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's edges, each a fixed case: the failure list and its contract, parameters that used to give 500s, the
 * ETag over the whole representation, caching headers, and responses that would pass Lambda's 6 MB payload limit.
 * Requests go in as API Gateway events, so each response's full Lambda payload is measured.
 */
@QuarkusTest
@RequiresEmulator
@WithTestResource(value = EmulatorTestResource.class, initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG,
        value = "api-edges"))
class ApiEdgesIT {

    static final String BIG_TEXTS = "0000000001-26-000001";
    static final String HUGE_TEXT = "0000000001-26-000002";
    static final String QUOTES = "0000000001-26-000003";
    static final String TWO_KEYS = "0000000001-26-000004";
    static final String EDGE = "0000000001-26-000005";

    private static long largestPayload;

    @Inject
    FilingStore store;

    @ConfigProperty(name = "edgar.bucket")
    String bucket;

    @BeforeEach
    void storeTheData() {
        EdgeData.load(store, bucket);
    }

    @AfterAll
    static void report() {
        System.out.printf("API edges: the largest Lambda response seen was %d bytes (limit %d)%n", largestPayload,
                ApiFuzzIT.LAMBDA_RESPONSE_LIMIT);
    }

    // --- GET /failures ---------------------------------------------------------------------------------------

    @Test
    void failuresAreListedNewestFirstWithKeySizeReasonAndTime() throws IOException {
        GatewayCall.Reply reply = get("/failures", "");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.path("items").findValuesAsText("key")).containsExactlyElementsOf(EdgeData.FAILURE_KEYS);
        assertThat(page.path("items").get(0)).isEqualTo(GatewayCall.JSON.readTree(
                "{\"key\":\"filings/late.txt\",\"size\":16,\"reason\":\"NOT_A_FILING: test failure 0\","
                        + "\"at\":\"2026-12-07T05:00:00Z\"}"));
        assertThat(page.has("nextCursor")).isTrue();
        assertThat(page.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void failuresAreFilteredByDayAndPagedWithCursors() {
        assertThat(get("/failures", "from=2026-12-06&to=2026-12-06").json().path("items").findValuesAsText("key"))
                .containsExactly("filings/blob.bin");
        assertThat(get("/failures", "to=2026-12-05").json().path("items").findValuesAsText("key"))
                .containsExactly("filings/empty.txt");

        List<String> keys = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/failures", "limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.path("items").forEach(item -> keys.add(item.path("key").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(keys).containsExactlyElementsOf(EdgeData.FAILURE_KEYS);
    }

    // --- parameters that gave 500s --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}?{1} -> 400 naming {2}")
    @CsvSource({
            "/stats/daily, form=8-K&from=+999999999-12-31, from",
            "/stats/daily, form=8-K&to=-999999999-01-01, to",
            "/filings, form=8-K&to=+999999999-12-31, to",
            "/filings, form=8-K&from=+999999999-12-31, from",
            "/companies/719413/filings, from=+10000-01-01, from",
            "/failures, from=+999999999-12-31, from",
            "/filings, form=8-K&limit=%D9%A5, limit",
            "/filings, form=8-K&frm=2024-01-01, frm",
            "/filings, form=8-K&limit=5&limit=6, limit",
            "/filings/not-an-id, '', id",
            "/filings/" + EdgeData.SEED_ID + "/items/%3Cscript%3E, '', code",
            "/companies/%D9%A1%D9%A2, '', cik",
    })
    void aValueThatCannotBeServedIsA400NamingItNeverA500(String path, String query, String parameter) {
        GatewayCall.Reply reply = get(path, query);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("content-type")).startsWith(ProblemDetail.MEDIA_TYPE);
        assertThat(reply.json().path("parameter").asText()).isEqualTo(parameter);
        assertThat(ApiFuzzIT.violations(reply)).isEmpty();
    }

    @Test
    void aPathThatApiGatewayDecodedIsStillAnsweredBelow500() {
        // HTTP APIs hand over rawPath percent-decoded: a space or a control character arrives raw.
        for (String path : List.of("/filings/a b", "/filings/" + EdgeData.SEED_ID + "/items/8.01 ", "/filings/\u0001",
                "//", "/filings/<!--", "/companies/12\"3")) {
            GatewayCall.Reply reply = GatewayCall.get(path, "").send();
            assertThat(ApiFuzzIT.violations(reply)).as(Fuzz.printable(path)).isEmpty();
            assertThat(reply.status()).as(Fuzz.printable(path)).isLessThan(500);
        }
    }

    // --- ETag and caching ------------------------------------------------------------------------------------

    @Test
    void theETagChangesWhenAnyFieldChangesEvenWithTheSameContent() {
        byte[] bytes = "the same bytes under two keys".getBytes(StandardCharsets.UTF_8);
        Filing filing = filing(TWO_KEYS, List.of(new Item("8.01", "8.01", "Other Events", "Nothing else.")),
                List.of());
        store.save(SourceObject.ofContent(bucket, "filings/two-keys-a.txt", bytes, null, null), filing);
        GatewayCall.Reply first = get("/filings/" + TWO_KEYS, "");
        String before = first.header("etag");

        // Same bytes, same content hash, another key: only sourceKeys changes in the response.
        store.save(SourceObject.ofContent(bucket, "filings/two-keys-b.txt", bytes, null, null), filing);
        GatewayCall.Reply second = get("/filings/" + TWO_KEYS, "");

        assertThat(second.json().path("sourceKeys").size()).isEqualTo(2);
        assertThat(second.header("etag")).isNotBlank().isNotEqualTo(before);
        assertThat(GatewayCall.get("/filings/" + TWO_KEYS, "").header("if-none-match", before).send().status())
                .as("the old tag no longer matches").isEqualTo(200);
        assertThat(GatewayCall.get("/filings/" + TWO_KEYS, "").header("if-none-match", second.header("etag")).send()
                .status()).isEqualTo(304);
    }

    @Test
    void everyDataResponseHasAnETagThatGives304AndIsPrivateBehindTheAuthorizer() {
        for (String[] request : new String[][] {{"/filings/" + EdgeData.SEED_ID, ""},
                {"/filings/" + EdgeData.SEED_ID, "include=text"}, {"/filings/" + EdgeData.SEED_ID + "/items/5", ""},
                {"/filings/" + EdgeData.SEED_ID + "/exhibits/99.1", ""}, {"/filings", "form=8-K&limit=2"},
                {"/stats/daily", "form=8-K&from=2000-11-01&to=2000-11-30"}, {"/failures", ""}}) {
            GatewayCall.Reply reply = get(request[0], request[1]);
            String what = request[0] + "?" + request[1];
            assertThat(reply.status()).as(what).isEqualTo(200);
            assertThat(reply.header("etag")).as(what).matches("\"[A-Za-z0-9_-]{22}\"");
            // The function is told ApiAuth (IAM by default): no shared cache may keep an authorized answer.
            assertThat(reply.header("cache-control")).as(what).contains("private");

            GatewayCall.Reply again = GatewayCall.get(request[0], request[1])
                    .header("if-none-match", reply.header("etag")).send();
            assertThat(again.status()).as(what).isEqualTo(304);
            assertThat(again.body()).as(what).isEmpty();
            assertThat(again.header("etag")).isEqualTo(reply.header("etag"));
        }
        assertThat(get("/filings/" + EdgeData.SEED_ID, "").header("cache-control")).contains("max-age=300");
        assertThat(get("/filings", "form=8-K").header("cache-control")).contains("no-cache");
        assertThat(get("/filings/" + EdgeData.SEED_ID + "/nothing", "").header("cache-control")).contains("no-store");
    }

    // --- Lambda's 6 MB response limit -------------------------------------------------------------------------

    @Test
    void aFilingWhoseTextsWouldPassTheLimitAnswers413NamingTheUrlOfEachText() {
        String first = prose(3_200_000, 1);
        String second = prose(3_200_000, 2);
        store.save(source("big-texts"), filing(BIG_TEXTS, List.of(new Item("2.02", "2.02", "Results", first),
                new Item("7.01", "7.01", "Reg FD", second), new Item("9.01", "9.01", "Exhibits", "Exhibit 99.1")),
                List.of(new Exhibit("99.1", "Press release", "EX-99.1", 2, "pr.htm", prose(100_000, 3)),
                        new Exhibit("104", "Cover page", "EX-104", 3, "cover.xml", null))));

        GatewayCall.Reply reply = get("/filings/" + BIG_TEXTS, "include=text");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(ApiFuzzIT.violations(reply)).isEmpty();
        JsonNode problem = reply.json();
        assertThat(problem.path("parameter").asText()).isEqualTo("include");
        List<String> urls = new ArrayList<>();
        problem.path("itemUrls").forEach(url -> urls.add(url.asText()));
        problem.path("exhibitUrls").forEach(url -> urls.add(url.asText()));
        assertThat(urls).containsExactly("/filings/" + BIG_TEXTS + "/items/2.02", "/filings/" + BIG_TEXTS
                + "/items/7.01", "/filings/" + BIG_TEXTS + "/items/9.01", "/filings/" + BIG_TEXTS + "/exhibits/99.1");
        // Each URL serves its text whole, under the limit.
        assertThat(get(urls.get(0), "").json().path("text").asText()).isEqualTo(first);
        assertThat(get(urls.get(1), "").json().path("text").asText()).isEqualTo(second);
        assertThat(get("/filings/" + BIG_TEXTS, "").status()).as("without texts it is small").isEqualTo(200);
    }

    @Test
    void aFilingWhoseTextsPassTheLimitOnlyOnceEscapedAnswers413Too() {
        // 2.5 million quotes: under the limit in characters, ten million bytes once escaped twice (body, payload).
        String quotes = "\"".repeat(2_500_000);
        store.save(source("quotes"), filing(QUOTES, List.of(new Item("5.02", "5.02", "Officers", quotes)), List.of()));

        GatewayCall.Reply filing = get("/filings/" + QUOTES, "include=text");
        assertThat(filing.status()).isEqualTo(413);
        assertThat(filing.json().path("itemUrls").path(0).asText()).isEqualTo("/filings/" + QUOTES + "/items/5.02");

        JsonNode item = get("/filings/" + QUOTES + "/items/5.02", "").json();
        assertThat(item.path("text").isNull()).isTrue();
        assertThat(fetch(item.path("textLink").path("url").asText())).isEqualTo(quotes);
    }

    @Test
    void aTextTooLargeForAnyResponseComesAsALinkToItsObject() {
        String text = prose(6_500_000, 4);
        String exhibitText = prose(6_200_000, 5);
        store.save(source("huge-text"), filing(HUGE_TEXT, List.of(new Item("8.01", "8.01", "Other Events", text)),
                List.of(new Exhibit("99.2", "Annual report", "EX-99.2", 2, "ar.htm", exhibitText))));

        GatewayCall.Reply reply = get("/filings/" + HUGE_TEXT + "/items/8.01", "");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode item = reply.json();
        assertThat(item.path("text").isNull()).isTrue();
        assertThat(item.path("length").asLong()).isEqualTo(text.length());
        assertThat(item.path("excerpt").asText()).isNotEmpty();
        assertThat(item.path("textLink").path("expiresAt").asText()).isNotEmpty();
        assertThat(fetch(item.path("textLink").path("url").asText())).isEqualTo(text);

        JsonNode exhibit = get("/filings/" + HUGE_TEXT + "/exhibits/99.2", "").json();
        assertThat(fetch(exhibit.path("textLink").path("url").asText())).isEqualTo(exhibitText);
        assertThat(get("/filings/" + HUGE_TEXT, "include=text").status()).isEqualTo(413);
    }

    @Test
    void theLargestTextAnsweredWholeIsOneByteUnderTheBudgetAndItsResponseUnderLambdasLimit() {
        // Letters and spaces cost one payload byte each: a text of exactly the budget is answered whole, one
        // character more is linked. The budget leaves 100,000 bytes of the body for what surrounds the text.
        long budget = LambdaPayload.MAX_BODY - 100_000;
        String fits = "a ".repeat((int) budget / 2);
        String over = fits + "a";
        store.save(source("edge-of-limit"), filing(EDGE, List.of(new Item("2.02", "2.02", "Results", fits),
                new Item("7.01", "7.01", "Reg FD", over)), List.of()));

        GatewayCall.Reply whole = get("/filings/" + EDGE + "/items/2.02", "");
        assertThat(whole.json().path("text").asText()).isEqualTo(fits);
        assertThat(whole.lambdaResponseBytes()).isBetween(budget, ApiFuzzIT.LAMBDA_RESPONSE_LIMIT);
        assertThat(get("/filings/" + EDGE + "/items/7.01", "").json().path("textLink").isObject()).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static GatewayCall.Reply get(String path, String query) {
        GatewayCall.Reply reply = GatewayCall.get(path, query).send();
        largestPayload = Math.max(largestPayload, reply.lambdaResponseBytes());
        assertThat(reply.lambdaResponseBytes()).as("Lambda payload of " + path).isLessThanOrEqualTo(
                ApiFuzzIT.LAMBDA_RESPONSE_LIMIT);
        return reply;
    }

    private SourceObject source(String name) {
        return SourceObject.ofContent(bucket, "filings/" + name + ".txt", name.getBytes(StandardCharsets.UTF_8), null,
                null);
    }

    private static Filing filing(String accession, List<Item> items, List<Exhibit> exhibits) {
        return new Filing(accession, "8-K", false, LocalDate.of(2026, 12, 1), null, null,
                new Company("EDGE CASES INC", "0000000001", null, null, null, null, null, null, null, null,
                        List.of()),
                items, exhibits, List.of(), List.of(), List.of());
    }

    /** ASCII prose of about {@code chars} characters, the same for the same seed. */
    static String prose(int chars, long seed) {
        String[] words = {"the", "Company", "agreement", "shall", "revenue", "quarter", "officer", "pursuant",
                "to", "Section", "8.01", "million", "fiscal", "year", "results", "of", "operations"};
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(chars + 16);
        while (text.length() < chars) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        text.setLength(chars);
        return text.toString();
    }

    private static String fetch(String url) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            return new String(response.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
