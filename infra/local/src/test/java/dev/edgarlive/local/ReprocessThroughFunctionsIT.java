package dev.edgarlive.local;

import dev.edgarlive.emulator.ProjectFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edgarlive.emulator.RequiresEmulator;
import dev.edgarlive.parser.FilingParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/reprocess against a running local stack: it invokes the reprocess function through the stack's Lambda Invoke
 * API, the function lists the stored keys and queues a re-parse request for each, the ingest function takes them
 * from the reprocess queue, and bin/reprocess follows the queue until it is done.
 */
@RequiresEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReprocessThroughFunctionsIT {

    private static final String STACK = "edgar-live-reprocess-it";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private LocalStack stack;
    private IngestOutcomes outcomes;
    private Set<String> keys;

    @BeforeAll
    void start() throws Exception {
        LocalTestFiles.requireOrSkip(LocalTestFiles.functionPackagesBuilt(),
                "the function packages are not built (./mvnw package)");
        List<Path> corpus = ProjectFiles.corpusFiles().orElse(List.of());
        LocalTestFiles.requireOrSkip(!corpus.isEmpty(), "no shared corpus at ../shared/corpus");
        outcomes = new IngestOutcomes(lines::add);
        stack = LocalStack.start(new LocalStack.Settings(LocalTestFiles.PROJECT.resolve("template.yaml"), STACK, 0),
                line -> {
                    lines.add(line);
                    outcomes.accept(line);
                });
        keys = new HashSet<>();
        try (S3Client s3 = stack.emulator().s3()) {
            for (Path file : corpus.stream().filter(f -> f.getFileName().toString().startsWith("8k_")).limit(5).toList()) {
                String key = "filings/reprocess/" + file.getFileName();
                s3.putObject(put -> put.bucket(stack.bucket()).key(key), RequestBody.fromFile(file));
                keys.add(key);
            }
        }
        assertThat(outcomes.awaitAll(keys, Duration.ofMinutes(3), line -> { })).isTrue();
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void reprocessesEveryStoredKeyUnderThePrefixAndFollowsTheQueueToTheEnd() throws Exception {
        int answersBefore = answers();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = new CommandLine(new ReprocessCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .execute("--stack-name", STACK, "--prefix", "filings/reprocess/", "--selection", "all",
                        "--wait", "PT5M");

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("reprocess: run ").contains("5 / 5 done (100%)").contains(" done");
        // Each key was taken through the ingest function once more.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (answers() < answersBefore + keys.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(answers() - answersBefore).isEqualTo(keys.size());
        assertThat(lines).anyMatch(line -> line.startsWith("LISTED") && line.contains("queued=5"));
    }

    /**
     * A parser release: everything stored was made by the previous parser. bin/reprocess with its default
     * selection (older) must queue every key, the ingest function must re-parse each (REPARSED), and the API must
     * then answer the new parser version for every filing.
     */
    @Test
    void afterAParserVersionChangeReparsesEveryStoredFilingAndTheApiAnswersTheNewVersion() throws Exception {
        Map<String, String> ids = new HashMap<>(outcomes.storedIds());
        ids.keySet().retainAll(keys);
        assertThat(ids).as("filings stored before the change").hasSize(keys.size());
        assertThat(OlderParserVersion.markAllOlder(stack.emulator().dynamoDb(), stack.table(), FilingParser.VERSION))
                .as("META and source rows marked as made by the previous parser").isGreaterThanOrEqualTo(2 * keys.size());
        for (String id : ids.values()) {
            assertThat(parserVersion(id)).isEqualTo(FilingParser.VERSION - 1);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = new CommandLine(new ReprocessCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .execute("--stack-name", STACK, "--prefix", "filings/reprocess/", "--wait", "PT5M");

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("parser version " + FilingParser.VERSION + ", OLDER").contains("5 / 5 done (100%)");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!keys.stream().allMatch(key -> "REPARSED".equals(outcomes.outcomes().get(key)))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(keys).allSatisfy(key -> assertThat(outcomes.outcomes().get(key)).as(key).isEqualTo("REPARSED"));
        for (String id : ids.values()) {
            assertThat(parserVersion(id)).as(id).isEqualTo(FilingParser.VERSION);
        }
    }

    /** The parserVersion the API answers for a filing. */
    private int parserVersion(String id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + stack.apiPort() + "/filings/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).path("parserVersion").asInt(-1);
    }

    private int answers() {
        return (int) lines.stream().filter(line -> keys.stream().anyMatch(key -> line.contains("key=" + key + " ")
                || line.endsWith("key=" + key))).filter(line -> !line.startsWith("ERROR")).count();
    }
}
