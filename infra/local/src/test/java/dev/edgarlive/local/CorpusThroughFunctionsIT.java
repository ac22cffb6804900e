package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.emulator.ProjectFiles;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.filing.Filing;
import dev.edgarlive.filing.Item;
import dev.edgarlive.parser.FilingParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole shared corpus through the functions as they are deployed: every file is uploaded to the local stack's
 * bucket, the ingest function's package (function.zip, under AWS's runtime client) ingests it from the bucket's
 * events, and everything is read back through the query function's package behind the local HTTP API.
 *
 * <p>What the API returns is compared with what the parser makes of the same bytes here: each filing by id, its
 * items' and exhibits' full texts, and every list (by form, by item, by company) walked page by page, which must
 * return each filing exactly once, newest first; the daily counts must add up to the filings listed. Every upload
 * ends as a stored filing or a recorded failure with its reason. Bad parameters, a tampered cursor and a cursor
 * taken to another query are 400 problems naming the parameter; unknown ids are 404.
 *
 * <p>Needs the function packages (./mvnw package), the corpus and an emulator; skips without them, except on CI.
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusThroughFunctionsIT {

    private static final String PREFIX = "filings/corpus/";
    /** A page size that is not a divisor of anything, so that page boundaries fall everywhere. */
    private static final int PAGE = 37;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalStack stack;
    private IngestOutcomes outcomes;
    private List<String> uploaded;
    /** What the parser makes of each stored filing, by the id the ingest function gave it. */
    private Map<String, Filing> expected;

    @BeforeAll
    void ingestTheWholeCorpus() throws Exception {
        LocalTestFiles.requireOrSkip(LocalTestFiles.functionPackagesBuilt(),
                "the function packages are not built (./mvnw package)");
        List<Path> files = ProjectFiles.corpusFiles().orElse(List.of());
        LocalTestFiles.requireOrSkip(!files.isEmpty(), "no shared corpus at ../shared/corpus");

        outcomes = new IngestOutcomes(line -> { });
        stack = LocalStack.start(new LocalStack.Settings(LocalTestFiles.PROJECT.resolve("template.yaml"),
                "edgar-live-corpus", 0), outcomes);
        Map<String, Path> fileByKey = new HashMap<>();
        try (S3Client s3 = stack.emulator().s3()) {
            for (Path file : files) {
                String key = PREFIX + file.getFileName();
                s3.putObject(b -> b.bucket(stack.bucket()).key(key), RequestBody.fromFile(file));
                fileByKey.put(key, file);
            }
        }
        uploaded = List.copyOf(fileByKey.keySet());
        assertThat(outcomes.awaitAll(Set.copyOf(uploaded), Duration.ofMinutes(20), System.err::println))
                .as("every upload answered by the ingest function").isTrue();

        expected = new HashMap<>();
        FilingParser parser = new FilingParser();
        for (Map.Entry<String, String> stored : outcomes.storedIds().entrySet()) {
            Filing filing = parser.parse(Files.readAllBytes(fileByKey.get(stored.getKey()))).filing()
                    .orElseThrow(() -> new AssertionError("stored but not parsed here: " + stored.getKey()));
            expected.put(stored.getValue(), filing);
        }
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyUploadIsStoredOrRecordedAsAFailureWithItsReason() {
        Set<String> answered = new HashSet<>(outcomes.storedIds().keySet());
        answered.addAll(outcomes.notStored().keySet());

        assertThat(answered).containsExactlyInAnyOrderElementsOf(uploaded);
        assertThat(outcomes.notStored().values()).allSatisfy(line -> assertThat(line).contains("reason="));
        assertThat(outcomes.storedIds()).hasSizeGreaterThan(uploaded.size() * 9 / 10);
    }

    @Test
    void everyFilingIsServedWithTheFullTextOfEachItemAndExhibit() throws Exception {
        for (Map.Entry<String, Filing> entry : expected.entrySet()) {
            String id = entry.getKey();
            Filing filing = entry.getValue();
            JsonNode served = get("/filings/" + id + "?include=text", 200);
            assertThat(served.path("id").asText()).isEqualTo(id);
            assertThat(served.path("formType").asText(null)).as(id).isEqualTo(filing.formType());
            assertThat(served.path("items").size()).as("%s items", id).isEqualTo(filing.items().size());
            for (int i = 0; i < filing.items().size(); i++) {
                assertThat(served.path("items").get(i).path("text").asText(""))
                        .as("%s item %d", id, i).isEqualTo(nullToEmpty(filing.items().get(i).text()));
            }
            assertThat(served.path("exhibits").size()).as("%s exhibits", id).isEqualTo(filing.exhibits().size());

            Item first = filing.items().isEmpty() ? null : filing.items().get(0);
            if (first != null && first.normalizedCode() != null) {
                JsonNode item = get("/filings/" + id + "/items/" + encode(first.normalizedCode()), 200);
                assertThat(item.path("text").asText("")).as(id).isEqualTo(nullToEmpty(first.text()));
            }
            var exhibit = filing.exhibits().stream().filter(e -> e.number() != null && e.text() != null).findFirst();
            if (exhibit.isPresent()) {
                JsonNode one = get("/filings/" + id + "/exhibits/" + encode(exhibit.get().number()), 200);
                assertThat(one.path("text").asText()).as(id).isEqualTo(exhibit.get().text());
            }
        }
    }

    @Test
    void eachFormListsItsFilingsOnceNewestFirst() throws Exception {
        for (String form : distinct(filing -> only(upper(filing.formType())))) {
            walk("/filings?form=" + encode(form), filing -> form.equals(upper(filing.formType())));
        }
    }

    @Test
    void eachItemListsItsFilingsOnceNewestFirstOldFilingsUnderTheirNormalizedCodes() throws Exception {
        for (String code : distinct(CorpusThroughFunctionsIT::itemCodes)) {
            walk("/filings?item=" + encode(code), filing -> itemCodes(filing).contains(code));
        }
    }

    @Test
    void eachCompanyListsItsFilingsOnceNewestFirst() throws Exception {
        for (String cik : distinct(filing -> filing.formType() == null ? Set.of() : only(cik(filing)))) {
            assertThat(get("/companies/" + cik, 200).path("cik").asText()).isEqualTo(cik);
            walk("/companies/" + cik + "/filings", filing -> filing.formType() != null && cik.equals(cik(filing)));
        }
    }

    @Test
    void dailyCountsAddUpToTheDatedFilingsOfEachFormAndItem() throws Exception {
        for (String form : distinct(filing -> only(upper(filing.formType())))) {
            assertCountsAddUp("/stats/daily?form=" + encode(form), filing -> form.equals(upper(filing.formType())));
        }
        for (String code : distinct(CorpusThroughFunctionsIT::itemCodes)) {
            assertCountsAddUp("/stats/daily?item=" + encode(code), filing -> itemCodes(filing).contains(code));
        }
    }

    @Test
    void badParametersAreProblemsNamingTheParameterAndUnknownIdsAreNotFound() throws Exception {
        JsonNode page = get("/filings?form=8-K&limit=5", 200);
        String cursor = page.path("nextCursor").asText();
        String tampered = cursor.substring(0, cursor.length() - 2)
                + (cursor.endsWith("A") ? "B" : "A") + cursor.charAt(cursor.length() - 1);
        Map<String, String> parameterByPath = new java.util.LinkedHashMap<>();
        parameterByPath.put("/filings?form=8-K&from=2024-13-01", "from");
        parameterByPath.put("/filings?form=8-K&from=2024-02-01&to=2024-01-01", "from");
        parameterByPath.put("/filings?form=NOT-A-FORM", "form");
        parameterByPath.put("/filings?item=12.34", "item");
        parameterByPath.put("/filings?form=8-K&limit=0", "limit");
        parameterByPath.put("/filings?form=8-K&limit=501", "limit");
        parameterByPath.put("/filings?form=8-K&cursor=" + encode(tampered), "cursor");
        parameterByPath.put("/filings?form=10-K&cursor=" + encode(cursor), "cursor");
        parameterByPath.put("/stats/daily?form=8-K&from=1990-01-01&to=2020-01-01", "from");

        for (Map.Entry<String, String> bad : parameterByPath.entrySet()) {
            HttpResponse<String> response = send(bad.getKey());
            assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(bad.getKey())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).path("parameter").asText()).as(bad.getKey())
                    .isEqualTo(bad.getValue());
        }
        String someId = expected.keySet().iterator().next();
        for (String unknown : List.of("/filings/0000000000-00-000000", "/filings/" + someId + "/items/99.99",
                "/filings/" + someId + "/exhibits/999", "/companies/0000000001")) {
            assertThat(send(unknown).statusCode()).as(unknown).isEqualTo(404);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /**
     * Walks every page of a list and checks that it holds exactly the filings the predicate selects, each once,
     * by listing day newest first, undated filings last.
     */
    private void walk(String path, Predicate<Filing> selects) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String separator = path.contains("?") ? "&" : "?";
            JsonNode page = get(path + separator + "limit=" + PAGE + (cursor == null ? "" : "&cursor=" + encode(cursor)),
                    200);
            assertThat(page.path("items").size()).as(path).isLessThanOrEqualTo(PAGE);
            page.path("items").forEach(row -> ids.add(row.path("id").asText()));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            assertThat(++pages).as("pages of " + path).isLessThan(1000);
        } while (cursor != null);

        assertThat(new LinkedHashSet<>(ids)).as("each filing once in " + path).hasSameSizeAs(ids);
        Set<String> wanted = new TreeSet<>();
        expected.forEach((id, filing) -> {
            if (selects.test(filing)) {
                wanted.add(id);
            }
        });
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(ids);
        Set<String> extra = new TreeSet<>(ids);
        extra.removeAll(wanted);
        assertThat(missing).as("%s leaves out", path).isEmpty();
        assertThat(extra).as("%s lists what it should not", path).isEmpty();
        List<LocalDate> days = ids.stream().map(id -> listingDay(expected.get(id))).toList();
        for (int i = 1; i < days.size(); i++) {
            LocalDate before = days.get(i - 1);
            LocalDate after = days.get(i);
            assertThat(before == null ? after == null : after == null || !after.isAfter(before))
                    .as("%s newest first, undated last: %s then %s", path, before, after).isTrue();
        }
    }

    /**
     * Asks for the daily counts a decade at a time (the API's longest range), over the decades in which the
     * selected filings were filed, and checks each day's count and the total.
     */
    private void assertCountsAddUp(String path, Predicate<Filing> selects) throws Exception {
        Map<LocalDate, Long> expectedPerDay = new TreeMap<>();
        expected.values().stream().filter(selects).map(CorpusThroughFunctionsIT::listingDay)
                .filter(java.util.Objects::nonNull).forEach(day -> expectedPerDay.merge(day, 1L, Long::sum));
        Set<Integer> decades = new TreeSet<>();
        expectedPerDay.keySet().forEach(day -> decades.add(day.getYear() / 10 * 10));
        Map<LocalDate, Long> counted = new TreeMap<>();
        for (int decade : decades) {
            LocalDate from = LocalDate.of(decade, 1, 1);
            JsonNode stats = get(path + "&from=" + from + "&to=" + from.plusYears(10).minusDays(1), 200);
            for (JsonNode day : stats.path("days")) {
                counted.put(LocalDate.parse(day.path("day").asText()), day.path("count").asLong());
            }
        }
        assertThat(counted).as(path).isEqualTo(expectedPerDay);
    }

    private JsonNode get(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, abbreviated(response.body())).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.apiPort() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Set<String> distinct(java.util.function.Function<Filing, Set<String>> values) {
        Set<String> all = new TreeSet<>();
        expected.values().forEach(filing -> all.addAll(values.apply(filing)));
        return all;
    }

    /** The normalized item codes a filing is listed under, as the API writes them. */
    private static Set<String> itemCodes(Filing filing) {
        Set<String> codes = new TreeSet<>();
        for (Item item : filing.items()) {
            if (item.normalizedCode() != null && !item.normalizedCode().isBlank()) {
                codes.add(upper(item.normalizedCode()));
            }
        }
        return codes;
    }

    /** The day a filing is listed and counted under: its filed date, else its period, else its acceptance day. */
    private static LocalDate listingDay(Filing filing) {
        if (filing.filedDate() != null) {
            return filing.filedDate();
        }
        if (filing.periodOfReport() != null) {
            return filing.periodOfReport();
        }
        return filing.acceptedAt() == null ? null : filing.acceptedAt().toLocalDate();
    }

    /** A CIK as EDGAR writes it, ten digits; null when the filing names none. */
    private static String cik(Filing filing) {
        String cik = filing.company() == null ? null : filing.company().cik();
        if (cik == null || cik.isBlank() || !cik.strip().chars().allMatch(Character::isDigit)) {
            return null;
        }
        return String.format(Locale.ROOT, "%010d", Long.parseLong(cik.strip()));
    }

    private static Set<String> only(String value) {
        return value == null ? Set.of() : Set.of(value);
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
