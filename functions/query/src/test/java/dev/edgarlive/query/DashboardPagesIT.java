package dev.edgarlive.query;

import dev.edgarlive.emulator.EmulatorTestResource;
import dev.edgarlive.emulator.ProjectFiles;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.store.FilingStore;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * What the query function serves besides the JSON API: the dashboard at {@code /} and the API explorer at
 * {@code /docs}, with their security headers, and {@code GET /filings/{id}/source}, the dashboard's link to the
 * original object. The pages themselves are exercised in a browser by infra/local's DashboardIT.
 */
@QuarkusTest
@RequiresEmulator
@WithTestResource(value = EmulatorTestResource.class, initArgs = @ResourceArg(name = EmulatorTestResource.PREFIX_ARG,
        value = "query"))
class DashboardPagesIT {

    private static final Pattern LOCAL_REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#:]+)\"");
    private static final String SEED_FILE = "8k_hecla-mining_2000-11-28_seed.txt";

    @Inject
    FilingStore store;

    @Inject
    S3Client s3;

    @ConfigProperty(name = "edgar.bucket")
    String bucket;

    @BeforeEach
    void storeTheSeedAndItsObject() throws IOException {
        StoredCorpus.load(store, bucket);
        s3.putObject(put -> put.bucket(bucket).key("filings/" + SEED_FILE),
                RequestBody.fromBytes(Files.readAllBytes(ProjectFiles.sample(SEED_FILE))));
    }

    @Test
    void theDashboardIsServedAtTheRootWithAPolicyThatRunsOnlyItsOwnScripts() {
        Response page = given().when().get("/");

        page.then().statusCode(200).contentType(containsString("text/html"));
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void everyFileThePagesNameIsServed() {
        // Catches a WebJar version that the pages name but the build no longer ships (the HTML is filtered).
        for (String page : List.of("/", "/docs")) {
            String html = given().when().get(page).then().statusCode(200).extract().asString();
            List<String> references = references(html);
            assertThat(references).as(page).isNotEmpty().noneMatch(reference -> reference.contains("@"));
            for (String reference : references) {
                String path = URI.create(page).resolve(reference).getPath();
                given().when().get(path).then().statusCode(200);
            }
        }
    }

    /** ApiAuth IAM (the template's default, and this test's): every file is private to its caller. */
    @Test
    void theDashboardsOwnFilesRevalidateWithTheirETagAndWebJarsStayImmutable() {
        assertCaching(given().when().get("/").header("Content-Security-Policy"), "private, no-cache",
                "private, max-age=31536000, immutable");
    }

    /**
     * The dashboard's own files ({@code /}, its scripts and styles, {@code /docs}) say {@code appFile}, with an ETag
     * that answers 304 and changes with the bytes, never a date of the environment's start; WebJars {@code webjar}.
     */
    static void assertCaching(String policyOfTheRoot, String appFile, String webjar) {
        assertThat(policyOfTheRoot).as("the page's Content-Security-Policy is kept").contains("script-src 'self'");
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        List<String> webjars = references(html).stream().filter(reference -> reference.startsWith("webjars/")).toList();
        assertThat(webjars).isNotEmpty();
        Set<String> tags = new HashSet<>();
        for (String path : List.of("/", "/index.html", "/app/main.js", "/app/views/overview.js", "/app/app.css",
                "/favicon.svg", "/docs")) {
            Response file = given().when().get(path);
            file.then().statusCode(200);
            assertThat(cacheControl(file)).as(path).isEqualTo(appFile);
            assertThat(file.header("Last-Modified")).as(path).isNull();
            String etag = file.header("ETag");
            assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
            tags.add(etag);
            Response unchanged = given().header("If-None-Match", etag).when().get(path);
            unchanged.then().statusCode(304).header("ETag", etag);
            assertThat(cacheControl(unchanged)).as(path).isEqualTo(appFile);
            // A tag of other bytes (the file before a deploy) gets the file, whatever date comes with it.
            given().header("If-None-Match", "\"before-the-deploy\"")
                    .header("If-Modified-Since", "Fri, 31 Dec 9999 23:59:59 GMT").when().get(path)
                    .then().statusCode(200).header("ETag", etag);
        }
        assertThat(tags).as("one tag per file; / and /index.html are one file").hasSize(6);
        for (String reference : webjars) {
            Response file = given().when().get("/" + reference);
            file.then().statusCode(200);
            assertThat(cacheControl(file)).as(reference).isEqualTo(webjar);
        }
        // The API's own answers keep theirs.
        assertThat(cacheControl(given().when().get("/stats/daily?form=8-K"))).doesNotContain("immutable");
    }

    /** One header, which the mock event server's HTTP side splits at its commas. */
    private static String cacheControl(Response response) {
        return String.join(", ", response.headers().getValues("Cache-Control"));
    }

    @Test
    void docsIsTheExplorerOverTheOpenApiDocumentUnderTheSamePolicy() {
        Response explorer = given().when().get("/docs");

        explorer.then().statusCode(200).contentType(containsString("text/html")).body(containsString("swagger-ui-bundle.js"));
        assertThat(explorer.header("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        given().when().get("/app/explorer.js").then().statusCode(200).body(containsString("'openapi'"));
        // With a slash the relative links would miss: sent back to /docs.
        given().redirects().follow(false).when().get("/docs/")
                .then().statusCode(301).header("Location", "../docs");
    }

    @Test
    void theSourceOfAFilingIsALinkThatFetchesTheOriginalBytes() throws Exception {
        Response source = given().when().get("/filings/" + QueryFunctionIT.SEED_ID + "/source");

        source.then().statusCode(200).body("key", equalTo("filings/" + SEED_FILE));
        assertThat(source.header("Cache-Control")).contains("no-store");
        Instant expires = Instant.parse(source.path("expiresAt"));
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        HttpResponse<byte[]> original = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(source.path("url"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(Files.readAllBytes(ProjectFiles.sample(SEED_FILE)));
    }

    @Test
    void theSourceOfAnUnknownFilingIsA404Problem() {
        given().when().get("/filings/0000000000-00-000000/source")
                .then().statusCode(404).contentType(containsString("application/problem+json"))
                .body("detail", containsString("0000000000-00-000000"));
    }

    static List<String> references(String html) {
        List<String> references = new ArrayList<>();
        Matcher matcher = LOCAL_REFERENCE.matcher(html);
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }
}
