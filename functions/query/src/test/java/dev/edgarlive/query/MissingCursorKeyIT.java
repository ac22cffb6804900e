package dev.edgarlive.query;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The packaged function (what Lambda runs, in its production profile) refuses to start without a cursor signing
 * key, saying what to set; given one, it starts. No cursor is ever signed with a key anyone could read in the source.
 */
class MissingCursorKeyIT {

    private static final long STARTUP_SECONDS = 60;

    @Test
    void withoutAKeyTheFunctionRefusesToStartAndSaysWhy() throws Exception {
        Run run = start(Map.of());

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("no cursor signing key").contains("EDGAR_CURSOR_KEY_SECRET_ARN");
    }

    @Test
    void withTheSecretsArnItStartsWithoutReadingIt() throws Exception {
        // A secret that does not exist: nothing is read at start, so the function starts (and would read it at
        // the first list request, never in the init phase that SnapStart snapshots).
        Run run = start(Map.of("EDGAR_CURSOR_KEY_SECRET_ARN",
                "arn:aws:secretsmanager:us-east-1:000000000000:secret:never-read-AbCdEf"));

        assertThat(run.output()).as("started").contains("started in").doesNotContain("no cursor signing key");
    }

    private record Run(int exitCode, String output) {
    }

    /** The packaged function's runner jar (beside it, target/lib); null before packaging. */
    private static Path runner() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElse(null);
        }
    }

    /** Runs the packaged function until it exits or has started (then stops it). */
    private static Run start(Map<String, String> environment) throws IOException, InterruptedException {
        Path runner = runner();
        assumeThat(runner).as("the function is packaged (mvn package): target/*-runner.jar").isNotNull();
        Path log = Files.createTempFile("query-start-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", runner.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("EDGAR_") || name.startsWith("QUARKUS_"));
        builder.environment().putAll(Map.of("EDGAR_TABLE", "t", "EDGAR_BUCKET", "b", "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test", "QUARKUS_LOG_CONSOLE_JSON", "false",
                // A runtime API that is not there: a function that started would only be polling it.
                "AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean exited = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        while (System.nanoTime() < deadline) {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                exited = true;
                break;
            }
            if (Files.readString(log, StandardCharsets.UTF_8).contains("started in")) {
                break;
            }
        }
        if (!exited) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Run(exited ? process.exitValue() : 0, output);
    }
}
