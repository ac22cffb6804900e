package dev.edgarlive.query;

import dev.edgarlive.emulator.ProjectFiles;
import dev.edgarlive.emulator.EmulatorTestResource;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Item;
import dev.edgarlive.store.FilingStore;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The query function through API Gateway HTTP API events (Quarkus's mock event server turns each request into
 * one), over the seed and the whole shared corpus as the real parser and store save them, on the emulator.
 */
@QuarkusTest
@RequiresEmulator
@WithTestResource(value = EmulatorTestResource.class, initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG,
        value = "query"))
class QueryFunctionIT {

    static final String SEED_ID = "sha256-87eed33c2b6fca1e6e8943babf15648a";

    @Inject
    FilingStore store;

    @ConfigProperty(name = "edgar.bucket")
    String bucket;

    List<StoredCorpus.Stored> corpus;

    @BeforeEach
    void storeTheCorpus() {
        corpus = StoredCorpus.load(store, bucket);
    }

    // --- one filing ------------------------------------------------------------------------------------------

    @Test
    void theEventFileForTheSeedReturnsHecla() {
        String event = ProjectFiles.event("http-get-filing.json");

        JsonPath response = given().contentType("application/json").body(event)
                .when().post("/_lambda_")
                .then().statusCode(200).extract().jsonPath();

        assertThat(response.getInt("statusCode")).isEqualTo(200);
        JsonPath filing = JsonPath.from(response.getString("body"));
        assertThat(filing.getString("company.name")).isEqualTo("Hecla Mining Company");
    }

    @Test
    void theSeedFilingHasItsCompanyItemsExhibitsAndSignature() {
        given().when().get("/filings/" + SEED_ID)
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("id", equalTo(SEED_ID))
                .body("formType", equalTo("8-K"))
                .body("company.name", equalTo("Hecla Mining Company"))
                .body("items.code", equalTo(List.of("5", "7")))
                .body("items.normalizedCode", equalTo(List.of("8.01", "9.01")))
                .body("items[0].excerpt", containsString("Zemex"))
                .body("items[0].text", equalTo(null))
                .body("exhibits.number", hasItems("10.1", "99.1"))
                .body("signatures.name", hasItems("Michael B. White"))
                .body("periodOfReport", equalTo("2000-11-17"))
                .body("parserVersion", equalTo(dev.edgarlive.parser.FilingParser.VERSION));
    }

    @Test
    void includeTextAddsTheFullTexts() {
        String text = given().when().get("/filings/" + SEED_ID + "?include=text")
                .then().statusCode(200).extract().path("items[0].text");

        assertThat(text).contains("Kentucky-Tennessee Clay Company").contains("$68 million");
    }

    @Test
    void oneItemComesWithItsFullText() {
        given().when().get("/filings/" + SEED_ID + "/items/5")
                .then().statusCode(200)
                .body("normalizedCode", equalTo("8.01"))
                .body("text", containsString("definitive stock purchase agreement"));
    }

    @Test
    void oneExhibitComesWithWhatItHas() {
        given().when().get("/filings/" + SEED_ID + "/exhibits/99.1")
                .then().statusCode(200)
                .body("number", equalTo("99.1"))
                .body("description", containsString("News Release"));
    }

    @Test
    void everyCorpusFilingWithTextsCanBeReadInFull() {
        // The largest texts live gzip'd or in S3: the API must still return them whole.
        StoredCorpus.Stored largest = corpus.stream()
                .max(Comparator.comparingLong(s -> s.filing().items().stream()
                        .mapToLong(i -> i.text() == null ? 0 : i.text().length()).max().orElse(0)))
                .orElseThrow();
        Item item = largest.filing().items().stream()
                .max(Comparator.comparingLong(i -> i.text() == null ? 0 : i.text().length())).orElseThrow();

        String text = given().when().get("/filings/" + largest.id() + "/items/" + item.code())
                .then().statusCode(200).extract().path("text");

        assertThat(text).isEqualTo(item.text());
    }

    @Test
    void aResponseLargerThanEightKilobytesIsSentWholeWithItsLength() {
        // Regression: past RESTEasy's default 8 KB output buffer the response went chunked, and the Lambda
        // response carried an empty transfer-encoding header that left clients waiting forever.
        StoredCorpus.Stored largest = corpus.stream()
                .max(Comparator.comparingInt(s -> s.filing().documents().size() + s.filing().items().size()))
                .orElseThrow();
        String event = ProjectFiles.event("http-get-filing.json").replace(SEED_ID, largest.id());

        JsonPath response = given().contentType("application/json").body(event)
                .when().post("/_lambda_")
                .then().statusCode(200).extract().jsonPath();

        Map<String, String> headers = response.getMap("headers");
        assertThat(response.getString("body").length()).isGreaterThan(8192);
        assertThat(headers).containsKey("content-length").doesNotContainKey("transfer-encoding");
    }

    @Test
    void filingsCarryAnETagAndAnswer304WhenUnchanged() {
        Response first = given().when().get("/filings/" + SEED_ID);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        // One header, which the mock event server's HTTP side splits at its commas.
        assertThat(String.join(", ", first.headers().getValues("Cache-Control"))).contains("max-age");

        given().header("If-None-Match", etag).when().get("/filings/" + SEED_ID)
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").when().get("/filings/" + SEED_ID)
                .then().statusCode(200);
    }

    @Test
    void corsLetsTheConfiguredOriginRead() {
        given().header("Origin", "http://localhost:3000").when().get("/filings/" + SEED_ID)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
    }

    @Test
    void aFilingCostsOneDynamoDbRequestAndAPageOfAFormOneQueryPerShard() {
        long before = DynamoRequestTally.COUNTER.total();
        given().when().get("/filings/" + SEED_ID).then().statusCode(200);
        assertThat(DynamoRequestTally.COUNTER.total() - before).as("GET /filings/{id}").isEqualTo(1);

        before = DynamoRequestTally.COUNTER.total();
        given().when().get("/companies/" + busiestCompany() + "/filings?limit=5").then().statusCode(200);
        assertThat(DynamoRequestTally.COUNTER.total() - before).as("a page of a company's filings").isEqualTo(1);

        before = DynamoRequestTally.COUNTER.total();
        given().when().get("/filings?form=8-K&limit=5").then().statusCode(200);
        // Eight shards (the default): one Query each, and a second for a shard that runs out mid-page.
        assertThat(DynamoRequestTally.COUNTER.total() - before).as("a page of a form").isBetween(8L, 16L);
    }

    // --- errors ----------------------------------------------------------------------------------------------

    @Test
    void anUnknownIdIsA404ProblemWithoutAStackTrace() {
        given().when().get("/filings/0000000000-00-000000")
                .then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("0000000000-00-000000"))
                .body(not(containsString("at dev.edgarlive")))
                .body(not(containsString("Exception")));
    }

    @Test
    void anUnknownItemOrExhibitIsA404() {
        given().when().get("/filings/" + SEED_ID + "/items/2.02").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().when().get("/filings/" + SEED_ID + "/exhibits/4.1").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        given().when().get("/nothing-here").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
            "/filings?form=8-K&from=2024-13-01, from",
            "/filings?form=8-K&to=yesterday, to",
            "/filings?form=8-K&from=2024-02-01&to=2024-01-01, from",
            "/filings?form=8K, form",
            "/filings?item=2.2, item",
            "/filings, form",
            "/filings?form=8-K&limit=0, limit",
            "/filings?form=8-K&limit=501, limit",
            "/filings?form=8-K&limit=ten, limit",
            "/filings?form=8-K&cursor=not-a-cursor, cursor",
            "/filings/" + SEED_ID + "?include=everything, include",
            "/companies/12ab, cik",
            "/companies/320193/filings?form=10K, form",
            "/stats/daily?form=8-K&from=2024-02-01&to=2024-01-01, from",
            "/stats/daily, form",
            "/stats/daily?by=forms, by",
            "/stats/daily?by=form&form=8-K, form",
            "/stats/daily?by=item&from=2024-02-01&to=2024-01-01, from",
    })
    void badParametersAre400ProblemsNamingTheParameter(String path, String parameter) {
        given().when().get(path)
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400))
                .body("parameter", equalTo(parameter))
                .body("detail", notNullValue());
    }

    @Test
    void aTamperedCursorIsRejected() {
        String cursor = given().when().get("/filings?form=8-K&limit=2")
                .then().statusCode(200).extract().path("nextCursor");
        assertThat(cursor).isNotNull();
        char last = cursor.charAt(cursor.length() - 2);
        String tampered = cursor.substring(0, cursor.length() - 2) + (last == 'A' ? 'B' : 'A')
                + cursor.charAt(cursor.length() - 1);

        given().queryParam("cursor", tampered).when().get("/filings?form=8-K&limit=2")
                .then().statusCode(400).body("parameter", equalTo("cursor"));
    }

    @Test
    void aCursorCannotBeReplayedOnAnotherQuery() {
        String cursor = given().when().get("/filings?form=8-K&limit=2")
                .then().statusCode(200).extract().path("nextCursor");

        given().queryParam("cursor", cursor).when().get("/filings?form=10-K&limit=2")
                .then().statusCode(400).body("parameter", equalTo("cursor"));
        given().queryParam("cursor", cursor).when().get("/filings?item=2.02&limit=2")
                .then().statusCode(400).body("parameter", equalTo("cursor"));
        given().queryParam("cursor", cursor).when().get("/filings?form=8-K&from=2020-01-01&limit=2")
                .then().statusCode(400).body("parameter", equalTo("cursor"));
    }

    // --- lists and paging ------------------------------------------------------------------------------------

    @Test
    void walkingAllPagesByFormReturnsEachFilingOnceNewestFirst() {
        assertWalk("/filings?form=8-K", 23, s -> "8-K".equals(s.filing().formType()));
    }

    @Test
    void walkingAllPagesByItemFindsOldFilingsThroughTheirNormalizedCodes() {
        // Item 8.01 is "Other events": item 5 before August 2004.
        List<Map<String, Object>> all = assertWalk("/filings?item=8.01", 19,
                s -> s.filing().items().stream().anyMatch(i -> "8.01".equals(i.normalizedCode())));
        assertThat(all).anySatisfy(row -> assertThat(row.get("id")).isEqualTo(SEED_ID));
    }

    @Test
    void walkingAllPagesOfACompanyFindsItsFilings() {
        String cik = busiestCompany();
        assertWalk("/companies/" + cik + "/filings", 3, s -> s.filing().company() != null
                && cik.equals(s.filing().company().cik()));
    }

    @Test
    void aDateRangeKeepsOnlyFilingsFiledInIt() {
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2004, 8, 22);
        List<Map<String, Object>> rows = assertWalk("/filings?form=8-K&from=" + from + "&to=" + to, 11,
                s -> "8-K".equals(s.filing().formType()) && within(listingDay(s), from, to));
        assertThat(rows).isNotEmpty();
    }

    @Test
    void aCompanyHasAProfile() {
        String cik = busiestCompany();
        given().when().get("/companies/" + cik)
                .then().statusCode(200)
                .body("cik", equalTo(cik))
                .body("name", notNullValue());
        given().when().get("/companies/0000000001").then().statusCode(404);
    }

    @Test
    void dailyStatsCountEachStoredFilingOnce() {
        LocalDate from = LocalDate.of(1990, 1, 1);
        LocalDate to = LocalDate.of(1999, 12, 31);
        long expected = corpus.stream()
                .filter(s -> "8-K".equals(s.filing().formType()) && within(listingDay(s), from, to)).count();

        List<Integer> counts = given().when().get("/stats/daily?form=8-K&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().path("days.count");

        assertThat(counts.stream().mapToLong(Integer::longValue).sum()).isEqualTo(expected);
    }

    @Test
    void dailyStatsByFormAnswerEveryFormInOneResponseAsEachFormsOwnRequestDoes() {
        LocalDate from = LocalDate.of(1990, 1, 1);
        LocalDate to = LocalDate.of(1999, 12, 31);
        Map<String, Long> expected = new java.util.TreeMap<>();
        corpus.stream().filter(s -> s.filing().formType() != null && within(listingDay(s), from, to))
                .forEach(s -> expected.merge(s.filing().formType().strip().toUpperCase(java.util.Locale.ROOT), 1L,
                        Long::sum));

        JsonPath breakdown = given().when()
                .get("/stats/daily?by=form&from=" + from + "&to=" + to).then().statusCode(200).extract().jsonPath();

        assertThat(breakdown.getString("by")).isEqualTo("form");
        List<Map<String, Object>> series = breakdown.getList("series");
        Map<String, Long> totals = new java.util.TreeMap<>();
        series.forEach(one -> totals.put((String) one.get("form"), ((Number) one.get("total")).longValue()));
        assertThat(totals).isEqualTo(expected);
        assertThat(series).extracting(one -> ((Number) one.get("total")).longValue())
                .isSortedAccordingTo(Comparator.reverseOrder());
        for (Map<String, Object> one : series.subList(0, Math.min(3, series.size()))) {
            List<Object> own = given().when().get("/stats/daily?form=" + one.get("form") + "&from=" + from
                    + "&to=" + to).then().statusCode(200).extract().path("days");
            assertThat(one.get("days")).as((String) one.get("form")).isEqualTo(own);
        }
        List<Object> items = given().when().get("/stats/daily?by=item&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().path("series.item");
        assertThat(items).contains("8.01");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        String document = given().accept("application/json").when().get("/openapi")
                .then().statusCode(200).extract().asString();

        assertThat(document).contains("/filings/{id}", "/filings/{id}/items/{code}", "/filings/{id}/exhibits/{number}",
                "/companies/{cik}", "/companies/{cik}/filings", "/stats/daily", "/catalog", "/failures");
        // The shared error contract: the problem document, and the errors and 304 every operation may answer.
        assertThat(document).contains("ProblemDetail", "application/problem+json", "itemUrls", "\"413\"",
                "\"304\"", "ETag", "textLink");
    }

    // --- the catalog -----------------------------------------------------------------------------------------

    @Test
    void theCatalogNamesEightKItemsByTitleAndShortLabel() {
        JsonPath catalog = given().when().get("/catalog").then().statusCode(200).extract().jsonPath();

        assertThat(catalog.getString("forms[0].form")).isEqualTo("8-K");
        assertThat(catalog.getString("forms[0].items.find { it.code == '5.02' }.label")).isEqualTo("Officer changes");
        assertThat(catalog.getString("forms[0].items.find { it.code == '1.05' }.title"))
                .isEqualTo("Material Cybersecurity Incidents");
        assertThat(catalog.getString("forms[0].legacyItems.find { it.code == '5' }.becomes")).isEqualTo("8.01");
        assertThat(catalog.getString("forms[0].itemsSince")).isEqualTo("2004-08-23");
        assertThat(catalog.getList("formTypes", String.class)).contains("8-K", "10-K", "SC 13G");
    }

    @Test
    void itemsAndFormsOfTheCatalogAreAcceptedByTheLists() {
        // A few through HTTP; every one of them is checked on the service (CatalogAcceptanceTest), where it costs
        // no table query: a list request on the emulator takes a second or two.
        JsonPath catalog = given().when().get("/catalog").then().statusCode(200).extract().jsonPath();
        List<String> codes = catalog.getList("forms.items.flatten().code", String.class);
        List<String> forms = catalog.getList("formTypes", String.class);

        assertThat(codes).contains("5.02", "1A", "II-1A");
        assertThat(forms).contains("8-K", "10-K", "SC 13G");
        for (String code : List.of("5.02", "1A", "II-1A")) {
            given().queryParam("item", code).queryParam("limit", 1).when().get("/filings").then().statusCode(200);
        }
        for (String form : List.of("SC 13G", "8-K/A")) {
            given().queryParam("form", form).queryParam("limit", 1).when().get("/filings").then().statusCode(200);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /**
     * Walks every page of a list with a small page size and checks that it returns exactly the stored filings the
     * predicate selects, each once, newest first.
     */
    private List<Map<String, Object>> assertWalk(String path, int pageSize, Predicate<StoredCorpus.Stored> selects) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", pageSize);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items.size()).isLessThanOrEqualTo(pageSize);
            all.addAll(items);
            cursor = page.getString("nextCursor");
            pages++;
            assertThat(pages).as("pages of " + path).isLessThan(1000);
        } while (cursor != null);

        List<String> ids = all.stream().map(row -> (String) row.get("id")).toList();
        assertThat(new HashSet<>(ids)).as("each filing once").hasSameSizeAs(ids);
        Set<String> expected = new HashSet<>();
        corpus.stream().filter(selects).forEach(s -> expected.add(s.id()));
        assertThat(new HashSet<>(ids)).isEqualTo(expected);
        List<String> days = all.stream().map(row -> String.valueOf(row.get("filedDate"))).toList();
        List<String> newestFirst = days.stream().filter(d -> !"null".equals(d))
                .sorted(Comparator.reverseOrder()).toList();
        assertThat(days.stream().filter(d -> !"null".equals(d)).toList()).as("newest first").isEqualTo(newestFirst);
        return all;
    }

    /** The day a filing is listed and counted under: its filed date, else its period, else its acceptance day. */
    private static LocalDate listingDay(StoredCorpus.Stored stored) {
        var filing = stored.filing();
        if (filing.filedDate() != null) {
            return filing.filedDate();
        }
        if (filing.periodOfReport() != null) {
            return filing.periodOfReport();
        }
        return filing.acceptedAt() == null ? null : filing.acceptedAt().toLocalDate();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private String busiestCompany() {
        return corpus.stream().filter(s -> s.filing().company() != null && s.filing().company().cik() != null)
                .collect(java.util.stream.Collectors.groupingBy(s -> s.filing().company().cik(),
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
