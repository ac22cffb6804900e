package dev.edgarlive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.emulator.RequiresEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (headless Chromium) against the local stack as bin/local runs it: the samples,
 * a slice of the shared corpus and a filing whose item text holds markup are uploaded to the bucket and ingested by
 * the ingest function's package; the page is served by the query function's package behind the local HTTP API.
 *
 * <p>Every view must render with data that agrees with the API, navigation and paging must work with the back
 * button, an unknown filing must show its error in words, no view may log a console error (checked after each
 * test), filing texts must stay text, and axe-core must find no serious accessibility fault. Screenshots of each
 * view go to {@code target/dashboard-screenshots}. The first view's weight and time to the first chart are printed.
 *
 * <p>Needs the function packages, an emulator and Chromium with chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); skips without them, saying so, except on CI. {@code -Dedgar.dashboard.corpus=all}
 * uploads the whole corpus instead of a slice, to measure the first view over it.
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

    static final Path SCREENSHOTS = LocalTestFiles.PROJECT.resolve("infra/local/target/dashboard-screenshots");
    private static final Path SCRIPT_FIXTURE = Path.of("src/test/resources/dashboard/"
            + "8k_quillfeather-labs_2024-06-10_script-in-item-text.txt");
    /** The corpus filings uploaded beside the samples: the smallest of each of these forms. */
    private static final Map<String, Integer> CORPUS_SLICE = Map.of("8-K", 20, "10-Q", 2, "10-K", 2);
    private static final String NORTHWIND_CIK = "9999999";
    private static final String BLUEGILL_CIK = "9999998";
    private static final String CREDIT_AGREEMENT_8K = "0009999998-24-000011";
    private static final String SEED_ID = "sha256-87eed33c2b6fca1e6e8943babf15648a";
    private static final String SCRIPT_FILING = "0009999996-24-000042";
    /** The samples' ten weeks, and the 8-K/A a week after. */
    private static final String SAMPLE_RANGE = "from=2024-03-17&to=2024-06-21";
    /** The dashboard's own files and API answers of its first view: ECharts or Swagger UI would blow it. */
    private static final long FIRST_VIEW_BUDGET_BYTES = 250_000;
    /** The newest filing date (one list per common form) and one /stats/daily?by=form, whatever the forms. */
    private static final int FIRST_CHART_API_REQUESTS = 5;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LocalStack stack;
    private IngestOutcomes outcomes;
    private HeadlessChromium browser;
    private WebDriver driver;
    private String base;
    private final Map<String, byte[]> uploaded = new LinkedHashMap<>();
    /** Console errors a test expects (a 404 it asks for), by a part of their message. */
    private final List<String> expectedConsoleErrors = new ArrayList<>();

    @BeforeAll
    void startTheStackLoadItAndOpenABrowser() throws Exception {
        LocalTestFiles.requireOrSkip(LocalTestFiles.functionPackagesBuilt(),
                "the function packages are not built (./mvnw package)");
        LocalTestFiles.requireOrSkip(HeadlessChromium.missing().isEmpty(),
                HeadlessChromium.missing().orElse("") + "; the dashboard's browser tests need it");

        outcomes = new IngestOutcomes(line -> { });
        stack = LocalStack.start(new LocalStack.Settings(LocalTestFiles.PROJECT.resolve("template.yaml"),
                "edgar-live-dashboard", 0), outcomes);
        base = "http://localhost:" + stack.apiPort();
        for (Path file : filesToUpload()) {
            uploaded.put("filings/" + file.getFileName(), Files.readAllBytes(file));
        }
        try (S3Client s3 = stack.emulator().s3()) {
            uploaded.forEach((key, bytes) -> s3.putObject(put -> put.bucket(stack.bucket()).key(key),
                    RequestBody.fromBytes(bytes)));
        }
        assertThat(outcomes.awaitAll(uploaded.keySet(), Duration.ofMinutes(20), System.err::println))
                .as("every upload answered by the ingest function").isTrue();
        assertThat(outcomes.storedIds()).containsValue(SCRIPT_FILING).containsValue(CREDIT_AGREEMENT_8K);

        browser = HeadlessChromium.start(1280, 900);
        driver = browser.driver();
    }

    @AfterAll
    void stopEverything() {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void desktopSizeAndAnEmptyConsole() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        expectedConsoleErrors.clear();
        browser.consoleErrors();
    }

    /** After every test: nothing but what the test expected reached the console as an error. */
    @AfterEach
    void noConsoleErrors() {
        List<String> errors = browser.consoleErrors().stream()
                .filter(error -> expectedConsoleErrors.stream().noneMatch(error::contains)).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    // --- the overview ------------------------------------------------------------------------------------------

    @Test
    void theOverviewChartsFilingsPerDayByFormAndItsCountsAreTheApis() throws Exception {
        open("#/");
        waitFor(d -> !d.findElements(By.cssSelector("figure.chart canvas")).isEmpty());
        String from = value("#from");
        String to = value("#to");

        Map<String, Integer> shown = totals();
        assertThat(shown).isNotEmpty();
        for (Map.Entry<String, Integer> form : shown.entrySet()) {
            assertThat(form.getValue()).as(form.getKey()).isEqualTo(dailyTotal("form", form.getKey(), from, to));
        }
        assertThat(text("h1")).startsWith("Filings per");
        browser.screenshot(SCREENSHOTS.resolve("overview.png"));
    }

    @Test
    void theChartByItemNamesEachItemByItsCatalogLabel() throws Exception {
        open("#/?by=item&" + SAMPLE_RANGE);
        waitFor(d -> !d.findElements(By.cssSelector("figure.chart canvas")).isEmpty());

        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonNode item : api("/catalog").path("forms").get(0).path("items")) {
            labels.put(item.path("code").asText(), item.path("code").asText() + " " + item.path("label").asText());
        }
        Map<String, Integer> shown = totals();
        assertThat(shown).containsKey("5.02 Officer changes").containsKey("2.02 Results of operations");
        for (Map.Entry<String, Integer> row : shown.entrySet()) {
            String code = row.getKey().split(" ")[0];
            assertThat(row.getKey()).isEqualTo(labels.get(code));
            assertThat(row.getValue()).as(code).isEqualTo(dailyTotal("item", code, "2024-03-17", "2024-06-21"));
        }
        assertThat(text(".u-legend")).contains("5.02 Officer changes");
        browser.screenshot(SCREENSHOTS.resolve("overview-by-item.png"));
    }

    @Test
    void aRangePresetIsAnAddressOfItsOwnAndTheBackButtonReturns() {
        open("#/?" + SAMPLE_RANGE);
        waitFor(d -> !d.findElements(By.cssSelector("figure.chart canvas")).isEmpty());
        String before = driver.getCurrentUrl();

        click(By.xpath("//button[normalize-space()='1 year']"));
        waitFor(d -> d.getCurrentUrl().contains("from=2023-06-23"));
        waitFor(d -> value("#from").equals("2023-06-23"));

        driver.navigate().back();
        waitFor(d -> d.getCurrentUrl().equals(before));
        waitFor(d -> value("#from").equals("2024-03-17"));
    }

    // --- lists ------------------------------------------------------------------------------------------------

    @Test
    void theLatestFilingsArePagedWithTheApisCursorsForwardAndBack() throws Exception {
        List<String> all = apiIds("/filings?form=8-K");
        // About four pages, whatever was uploaded (a slice of the corpus, or all of it).
        int limit = Math.max(2, (all.size() + 3) / 4);
        open("#/filings?form=8-K&limit=" + limit);
        List<List<String>> pages = new ArrayList<>();
        pages.add(rowIds());
        while (!driver.findElements(By.cssSelector("a[rel=next]")).isEmpty() && pages.size() < 60) {
            List<String> previous = pages.get(pages.size() - 1);
            click(By.cssSelector("a[rel=next]"));
            waitForView();
            assertThat(rowIds()).as("page %d", pages.size() + 1).isNotEqualTo(previous);
            pages.add(rowIds());
        }
        List<String> walked = pages.stream().flatMap(List::stream).toList();
        assertThat(new HashSet<>(walked)).as("each filing once").hasSameSizeAs(walked);
        assertThat(walked).isEqualTo(all);
        assertThat(pages).hasSizeGreaterThan(2);

        click(By.cssSelector("a[rel=prev]"));
        waitForView();
        assertThat(rowIds()).isEqualTo(pages.get(pages.size() - 2));
        driver.navigate().back();
        waitForView();
        assertThat(rowIds()).isEqualTo(pages.get(pages.size() - 1));
        browser.screenshot(SCREENSHOTS.resolve("filings.png"));
    }

    @Test
    void filtersByItemAndByCompanyShowOnlyTheirFilings() {
        open("#/filings");
        new Select(driver.findElement(By.id("f-item"))).selectByValue("5.02");
        click(By.xpath("//button[normalize-space()='Filter']"));
        waitFor(d -> d.getCurrentUrl().contains("item=5.02"));
        waitForView();
        List<WebElement> rows = driver.findElements(By.cssSelector("table.list tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("5.02 Officer changes"));

        open("#/filings");
        driver.findElement(By.id("f-cik")).sendKeys(BLUEGILL_CIK);
        click(By.xpath("//button[normalize-space()='Filter']"));
        waitFor(d -> d.getCurrentUrl().contains("cik=" + BLUEGILL_CIK));
        waitForView();
        rows = driver.findElements(By.cssSelector("table.list tbody tr"));
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.getText()).contains("BLUEGILL FOODS INC"));
    }

    // --- one filing, one company ----------------------------------------------------------------------------

    @Test
    void aFilingShowsItsFactsCompanyFullItemTextsExhibitsSignaturesAndOriginal() throws Exception {
        JsonNode filing = api("/filings/" + CREDIT_AGREEMENT_8K + "?include=text");
        open("#/filings/" + CREDIT_AGREEMENT_8K);

        assertThat(text("h1")).startsWith("8-K").contains("BLUEGILL FOODS INC");
        assertThat(text(".facts")).contains(CREDIT_AGREEMENT_8K, "2024-04-11", "2024-04-08");
        List<WebElement> texts = driver.findElements(By.cssSelector("article.item .text"));
        assertThat(texts).hasSize(filing.path("items").size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(texts.get(i).getAttribute("textContent")).isEqualTo(filing.path("items").get(i).path("text").asText());
        }
        assertThat(text("#h-items + nav")).contains("1.01 Material agreement", "2.03 New financial obligation");
        WebElement exhibit = driver.findElement(By.xpath("//details[.//strong[normalize-space()='Exhibit 10.1']]"));
        exhibit.findElement(By.tagName("summary")).click();
        assertThat(exhibit.getText()).contains("CREDIT AGREEMENT", "FIRST LAKES BANK");
        assertThat(text("ul.signatures")).contains("Dana K. Whitfield", "Chief Financial Officer");
        assertThat(text("section[aria-labelledby=h-warnings]")).contains("Parser warnings (0)");

        WebElement original = waitFor(d -> d.findElement(By.linkText("Download the original object")));
        HttpResponse<byte[]> bytes = http.send(HttpRequest.newBuilder(URI.create(original.getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.body()).isEqualTo(uploaded.get("filings/8k_bluegill-foods_2024-04-11_fixture.txt"));
        assertThat(driver.findElement(By.partialLinkText("On SEC EDGAR")).getAttribute("href"))
                .isEqualTo("https://www.sec.gov/Archives/edgar/data/9999998/000999999824000011/0009999998-24-000011-index.htm");
        browser.screenshot(SCREENSHOTS.resolve("filing.png"));
    }

    @Test
    void anOldFilingNamesItsItemsByTheirOwnNumbersAndTodays() {
        open("#/filings/" + SEED_ID);
        assertThat(text("section[aria-labelledby=h-items]"))
                .contains("Numbered 5 in this filing, before the 2004 renumbering; today's item 8.01 Other events")
                .contains("Kentucky-Tennessee Clay Company");
    }

    @Test
    void aCompanyShowsItsProfileAndItsFilingsOverTime() throws Exception {
        open("#/companies/" + NORTHWIND_CIK);
        waitFor(d -> !d.findElements(By.cssSelector("figure.chart canvas")).isEmpty());

        assertThat(text("h1")).startsWith("NORTHWIND INSTRUMENTS INC");
        assertThat(text(".facts")).contains("100 HARBOR WAY, PORTLAND OR 97201", "503-555-0100");
        List<String> listed = driver.findElements(By.cssSelector("table.list tbody tr a")).stream()
                .map(WebElement::getText).toList();
        assertThat(listed).isEqualTo(apiIds("/companies/" + NORTHWIND_CIK + "/filings"));
        assertThat(totals()).containsEntry("8-K", 2).containsEntry("8-K/A", 1);
        browser.screenshot(SCREENSHOTS.resolve("company.png"));
    }

    // --- failures and errors --------------------------------------------------------------------------------

    @Test
    void anUploadThatIsNoFilingIsListedNewestFirstWithItsReasonInWords() throws Exception {
        String key = "filings/scan_not-a-filing-" + System.currentTimeMillis() + ".pdf";
        upload(key, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        List<String> listed = new ArrayList<>();
        api("/failures?limit=50").path("items").forEach(row -> listed.add(row.path("key").asText()));
        assertThat(listed).startsWith(key).contains("filings/watchlist_not-a-filing.csv");

        open("#/failures");
        assertThat(failureKeys()).as("the API's failures, newest first").isEqualTo(listed);
        assertThat(failureRow(key).getText())
                .contains("Binary input: the input is a PDF file, not a filing", "(BINARY_INPUT)");
        // The sample spreadsheet bin/local uploads, its reason in words and its code beside them.
        assertThat(failureRow("filings/watchlist_not-a-filing.csv").getText())
                .contains("Not a filing: no EDGAR envelope, header or SEC cover page was found", "(NOT_A_FILING)")
                .doesNotContain("NOT_A_FILING:");
        assertThat(text("main")).doesNotContain("does not list ingest failures");
        browser.screenshot(SCREENSHOTS.resolve("failures.png"));

        // Paged with the API's cursors, one failure a page: older, and back to the newest.
        open("#/failures?limit=1");
        assertThat(failureKeys()).containsExactly(listed.get(0));
        click(By.cssSelector("a[rel=next]"));
        waitForView();
        assertThat(failureKeys()).containsExactly(listed.get(1));
        click(By.cssSelector("a[rel=prev]"));
        waitForView();
        assertThat(failureKeys()).containsExactly(listed.get(0));
    }

    @Test
    void aFailuresListTheApiRefusesIsExplainedInWords() {
        expectedConsoleErrors.add(base + "/failures");
        open("#/failures?from=2024-13-01");

        assertThat(text(".problem")).startsWith("Bad Request (400): ").contains("from").doesNotContain("{");
    }

    @Test
    void anUnknownFilingShowsTheApisProblemInWords() {
        expectedConsoleErrors.add(base + "/filings/0000000000-00-000000");
        open("#/filings/0000000000-00-000000");

        assertThat(text(".problem")).isEqualTo("Not Found (404): No filing has the id '0000000000-00-000000'.")
                .doesNotContain("{", "\"status\"");
        assertThat(text("h1")).isEqualTo("Filing not shown");
        browser.screenshot(SCREENSHOTS.resolve("filing-unknown.png"));
    }

    // --- safety -------------------------------------------------------------------------------------------------

    @Test
    void markupInAnItemsTextIsShownAsTextAndNothingInItRuns() {
        open("#/filings/" + SCRIPT_FILING);

        String shown = driver.findElement(By.cssSelector("article.item .text")).getAttribute("textContent");
        assertThat(shown).contains("<script>window.edgarInjected = \"script\";document.title = \"INJECTED\"</script>",
                "<img src=\"x\" onerror=\"window.edgarInjected = 'img'\">");
        assertThat(browser.script("return typeof window.edgarInjected")).isEqualTo("undefined");
        assertThat(driver.getTitle()).doesNotContain("INJECTED");
        assertThat(browser.script("return document.querySelectorAll('main script, main img, main iframe, "
                + "main object, a[href^=\"javascript:\"]').length")).isEqualTo(0L);
    }

    @Test
    void thePagesPolicyStopsAnInlineScriptEvenIfOneGotIn() throws Exception {
        expectedConsoleErrors.add("Content Security Policy");
        HttpResponse<String> page = send("/");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        open("#/");

        Object ran = browser.script("const s = document.createElement('script');"
                + "s.textContent = 'window.cspProbe = 1'; document.head.append(s); return typeof window.cspProbe");
        assertThat(ran).isEqualTo("undefined");
    }

    // --- accessibility ------------------------------------------------------------------------------------------

    @Test
    void axeFindsNoSeriousAccessibilityFaultInAnyView() {
        for (String view : List.of("#/?" + SAMPLE_RANGE, "#/?by=item&" + SAMPLE_RANGE, "#/filings",
                "#/filings/" + CREDIT_AGREEMENT_8K, "#/filings/0009999998-24-000016", "#/companies/" + BLUEGILL_CIK,
                "#/failures")) {
            open(view);
            assertThat(browser.accessibilityFaults(List.of("serious", "critical"))).as(view).isEmpty();
        }
    }

    @Test
    void theKeyboardAloneReachesAViewAndFollowsItsLinks() {
        open("#/?" + SAMPLE_RANGE);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(focused().getText()).isEqualTo("Skip to content");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("main");

        open("#/?" + SAMPLE_RANGE);
        focusByTabbing(element -> "Filings".equals(element.getText()) && element.getTagName().equals("a"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitFor(d -> d.getCurrentUrl().endsWith("#/filings"));
        waitForView();
        waitFor(d -> "view-heading".equals(focused().getAttribute("id")));

        focusByTabbing(element -> String.valueOf(element.getAttribute("href")).contains("#/filings/"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitFor(d -> d.getCurrentUrl().matches(".*#/filings/[^?]+$"));
        waitForView();
        assertThat(focused().getAttribute("id")).isEqualTo("view-heading");
    }

    @Test
    void onAPhoneEveryViewFitsTheScreensWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
        Map<String, String> views = new LinkedHashMap<>();
        views.put("overview", "#/?" + SAMPLE_RANGE);
        views.put("filings", "#/filings");
        views.put("filing", "#/filings/" + CREDIT_AGREEMENT_8K);
        views.put("company", "#/companies/" + NORTHWIND_CIK);
        views.put("failures", "#/failures");
        for (Map.Entry<String, String> view : views.entrySet()) {
            open(view.getValue());
            long overflow = (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as(view.getKey() + " is wider than the screen by").isLessThanOrEqualTo(0);
            browser.screenshot(SCREENSHOTS.resolve("phone-" + view.getKey() + ".png"));
        }
    }

    // --- the explorer, and what the first view costs ---------------------------------------------------------

    @Test
    void theApiExplorerListsTheApisOperations() {
        driver.get(base + "/docs");
        waitFor(d -> d.findElements(By.cssSelector(".opblock")).size() > 5);

        assertThat(driver.getCurrentUrl()).endsWith("/docs");
        assertThat(text("#swagger-ui")).contains("/filings/{id}", "/stats/daily", "/catalog", "/filings/{id}/source");
        browser.screenshot(SCREENSHOTS.resolve("docs.png"));
    }

    @Test
    void theFirstViewWeighsLittleAndItsFiguresArePrinted() {
        browser.clearCache();
        driver.get("about:blank");
        driver.get(base + "/");
        waitFor(d -> !d.findElements(By.cssSelector("figure.chart canvas")).isEmpty());

        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) browser.script("""
                const navigation = performance.getEntriesByType('navigation')[0];
                const resources = performance.getEntriesByType('resource');
                const api = resources.filter((r) => r.initiatorType === 'fetch');
                const files = resources.filter((r) => r.initiatorType !== 'fetch');
                const sum = (list) => list.reduce((total, r) => total + r.transferSize, 0);
                const took = (list) => Math.round(list.reduce((total, r) => total + r.duration, 0));
                const chart = performance.getEntriesByName('edgar:chart-drawn')[0];
                const each = api.map((r) => `${r.name.replace(location.origin, '')} ${Math.round(r.duration)} ms`);
                return { total: navigation.transferSize + sum(resources), requests: resources.length + 1,
                  api: sum(api), apiRequests: api.length, chartMs: chart ? Math.round(chart.startTime) : -1,
                  apiMs: took(api), filesMs: took(files) + Math.round(navigation.duration), each: each.join('; ') };
                """);
        long total = ((Number) figures.get("total")).longValue();
        System.out.printf("dashboard first view: %,d bytes transferred in %s requests (API answers %,d bytes in %s); "
                        + "first chart drawn %s ms after navigation start%n", total, figures.get("requests"),
                ((Number) figures.get("api")).longValue(), figures.get("apiRequests"), figures.get("chartMs"));
        System.out.printf("dashboard first view, time per request summed: page files %s ms, API %s ms (%s)%n",
                figures.get("filesMs"), figures.get("apiMs"), figures.get("each"));
        assertThat(((Number) figures.get("chartMs")).longValue()).isPositive();
        assertThat(total).isPositive().isLessThan(FIRST_VIEW_BUDGET_BYTES);
        assertThat(((Number) figures.get("apiRequests")).longValue()).as("API requests of the first chart")
                .isLessThanOrEqualTo(FIRST_CHART_API_REQUESTS);
        compareTheChartsRequestsWithOnePerForm();
    }

    /**
     * In the same browser and stack, the first chart's API requests as the page makes them (the newest filing date,
     * then one /stats/daily?by=form) against those of the page before by=form existed (the same lookups, the
     * catalog, then one /stats/daily per form of ten, six at a time). Three rounds each, alternating; medians.
     */
    private void compareTheChartsRequestsWithOnePerForm() {
        // Six rounds of the lookups: a minute or more with the whole corpus on the emulator, past the 30 s default.
        Duration scriptTimeout = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(10));
        @SuppressWarnings("unchecked")
        Map<String, Object> times;
        try {
            times = (Map<String, Object>) browser.script("""
                    const get = (path) => fetch(path, { cache: 'no-store', headers: { Accept: 'application/json' } })
                      .then((r) => { if (!r.ok) throw new Error(`${path}: ${r.status}`); return r.json(); });
                    const forms = ['8-K', '8-K/A', '10-K', '10-Q', '4', '6-K', '20-F', 'DEF 14A', '424B5', '13F-HR'];
                    const range = document.getElementById('from').value + '&to=' + document.getElementById('to').value;
                    const newest = () => Promise.all(['8-K', '8-K/A', '10-K', '10-Q']
                      .map((form) => get(`filings?form=${encodeURIComponent(form)}&limit=1`)));
                    const perForm = async () => {
                      await newest();
                      await get('catalog');
                      const queue = forms.slice();
                      const worker = async () => { while (queue.length) {
                        await get(`stats/daily?form=${encodeURIComponent(queue.shift())}&from=${range}`); } };
                      await Promise.all(Array.from({ length: 6 }, worker));
                    };
                    const byForm = async () => { await newest(); await get(`stats/daily?by=form&from=${range}`); };
                    const time = async (run) => { const start = performance.now(); await run();
                      return performance.now() - start; };
                    const rounds = { perForm: [], byForm: [] };
                    for (let i = 0; i < 3; i++) {
                      rounds.perForm.push(await time(perForm));
                      rounds.byForm.push(await time(byForm));
                    }
                    const median = (list) => Math.round(list.sort((a, b) => a - b)[1]);
                    return { perForm: median(rounds.perForm), byForm: median(rounds.byForm) };
                    """);
        } finally {
            driver.manage().timeouts().scriptTimeout(scriptTimeout);
        }
        System.out.printf("dashboard first chart's API requests, median of 3: one /stats/daily per form (15 requests) "
                + "%s ms, by=form (5 requests) %s ms%n", times.get("perForm"), times.get("byForm"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /**
     * Opens a view in a fresh page (no state from the test before) and waits until it has rendered: the page marks
     * {@code <main>} with the route it finished and clears aria-busy.
     */
    private void open(String fragment) {
        driver.get("about:blank");
        driver.get(base + "/" + fragment);
        waitForView();
    }

    /** Waits until the view of the address now in the bar has finished rendering. */
    private void waitForView() {
        waitFor(d -> Boolean.TRUE.equals(browser.script("const main = document.getElementById('main');"
                + " return main !== null && main.getAttribute('aria-busy') === 'false'"
                + " && main.dataset.route === (location.hash || '#/')"
                + " && document.querySelector('main .loading') === null")));
    }

    private <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    private void click(By locator) {
        waitFor(d -> d.findElement(locator)).click();
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private String value(String css) {
        return driver.findElement(By.cssSelector(css)).getAttribute("value");
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private void focusByTabbing(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (wanted.test(focused())) {
                return;
            }
        }
        throw new AssertionError("60 presses of Tab never reached the element; last focused: " + focused().getText());
    }

    /** The chart's text alternative: each series' label and total. */
    private Map<String, Integer> totals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("table.totals tbody tr"))) {
            totals.put(row.findElement(By.tagName("th")).getText().strip(),
                    Integer.parseInt(row.findElement(By.cssSelector("td.num")).getText().replace(",", "")));
        }
        return totals;
    }

    private List<String> failureKeys() {
        return driver.findElements(By.cssSelector("table.list tbody tr td[data-label=Object]")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement failureRow(String key) {
        return driver.findElement(By.xpath("//table[contains(@class,'list')]//tr[td[@data-label='Object']"
                + "[normalize-space()='" + key + "']]"));
    }

    /** Puts an object into the bucket and waits until the ingest function has answered it. */
    private void upload(String key, byte[] bytes) throws InterruptedException {
        try (S3Client s3 = stack.emulator().s3()) {
            s3.putObject(put -> put.bucket(stack.bucket()).key(key), RequestBody.fromBytes(bytes));
        }
        assertThat(outcomes.awaitAll(Set.of(key), Duration.ofMinutes(2), System.err::println))
                .as("the ingest function answered " + key).isTrue();
    }

    private List<String> rowIds() {
        return driver.findElements(By.cssSelector("table.list tbody tr td[data-label=Filing] a")).stream()
                .map(WebElement::getText).toList();
    }

    private int dailyTotal(String dimension, String value, String from, String to) throws Exception {
        int total = 0;
        for (JsonNode day : api("/stats/daily?" + dimension + "=" + encode(value) + "&from=" + from + "&to=" + to)
                .path("days")) {
            total += day.path("count").asInt();
        }
        return total;
    }

    /** Every id of a list, walking the API's pages: accession numbers, or ids where a filing has none. */
    private List<String> apiIds(String list) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api(list + (list.contains("?") ? "&" : "?") + "limit=500"
                    + (cursor == null ? "" : "&cursor=" + encode(cursor)));
            page.path("items").forEach(row -> ids.add(row.path("accessionNumber").isTextual()
                    ? row.path("accessionNumber").asText() : row.path("id").asText()));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The samples (bin/local's first screen), the markup fixture, and a slice (or all) of the corpus. */
    private static List<Path> filesToUpload() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> samples = Files.list(LocalTestFiles.PROJECT.resolve("samples"))) {
            samples.filter(file -> !file.getFileName().toString().equals("README.md")).sorted().forEach(files::add);
        }
        files.add(SCRIPT_FIXTURE.toAbsolutePath());
        Path manifest = LocalTestFiles.CORPUS.resolve("MANIFEST.tsv");
        if (!Files.isRegularFile(manifest)) {
            System.err.println("DashboardIT: no corpus at " + LocalTestFiles.CORPUS + "; the samples only");
            return files;
        }
        boolean all = "all".equals(System.getProperty("edgar.dashboard.corpus"));
        Map<String, List<Path>> byForm = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(manifest)) {
            lines.skip(1).map(line -> line.split("\t")).filter(fields -> fields.length > 3)
                    .forEach(fields -> byForm.computeIfAbsent(all ? "*" : fields[3], f -> new ArrayList<>())
                            .add(LocalTestFiles.CORPUS.resolve(fields[0])));
        }
        if (all) {
            files.addAll(byForm.getOrDefault("*", List.of()).stream().filter(Files::isRegularFile).toList());
            return files;
        }
        CORPUS_SLICE.forEach((form, count) -> byForm.getOrDefault(form, List.of()).stream()
                .filter(Files::isRegularFile).sorted(Comparator.comparingLong(DashboardIT::size)).limit(count)
                .forEach(files::add));
        return files;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            return Long.MAX_VALUE;
        }
    }
}
