package dev.edgarlive.local;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven by its chromedriver through Selenium: the browser the dashboard tests use.
 * Selenium Manager is never asked to download a driver (it cannot here); the binaries are Debian's
 * {@code chromium} and {@code chromium-driver} packages, which {@code .ci/run} installs.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser with a fresh profile, its console logged at every level. */
    static HeadlessChromium start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("edgar-live-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The console's errors since the last call: uncaught exceptions, CSP violations, failed requests. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** The viewport as a PNG. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the HTTP cache, so that the next load transfers every byte a first visit would. */
    void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /**
     * The accessibility faults axe-core finds on the page, as "rule (impact): help, at selectors" lines, for the
     * impacts given. axe is injected through the driver, which the page's CSP does not govern.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityFaults(List<String> impacts) {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(AxeEngine.SOURCE);
        }
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }))))
                  .catch((e) => done([{ id: 'axe-failed', impact: 'critical', help: String(e), targets: [] }]));
                """);
        List<String> faults = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            if (impacts.contains(String.valueOf(violation.get("impact")))) {
                faults.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help")
                        + ", at " + violation.get("targets"));
            }
        }
        return faults;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException leftBehind) {
            // A temp directory; the next boot clears it.
        }
    }

    /** axe-core's engine, as Deque's axe-core Selenium package ships it. */
    private static final class AxeEngine {
        static final String SOURCE = read();

        private static String read() {
            try (InputStream in = HeadlessChromium.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What is not installed, if anything, in words that say how to install it. */
    static Optional<String> missing() {
        if (!Files.isExecutable(BROWSER)) {
            return Optional.of("no Chromium at " + BROWSER + " (apt-get install chromium chromium-driver)");
        }
        if (!Files.isExecutable(DRIVER)) {
            return Optional.of("no chromedriver at " + DRIVER + " (apt-get install chromium-driver)");
        }
        return Optional.empty();
    }
}
