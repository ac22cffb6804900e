package dev.edgarlive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code bin/parse} as a person runs it, against the jar that {@code package} has just made. */
class BinParseIT {

    @Test
    void printsJsonLinesOnStdoutAndExitsZero() throws Exception {
        assumeTrue(bashOnPath(), "bash is not on PATH: bin/parse cannot be run here");
        Path repo = repositoryRoot();
        String seed = ParseCommandTest.seedFixture().toString();

        Process process = new ProcessBuilder("bash", repo.resolve("bin/parse").toString(), seed, "missing.txt")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertThat(first.get("source").asText()).isEqualTo(seed);
        assertThat(first.get("formType").asText()).isEqualTo("8-K");
        assertThat(json.readTree(lines[1]).get("error").get("type").asText()).isEqualTo("FILE_NOT_FOUND");
    }

    @Test
    void readsTheFilesToParseFromStandardInput() throws Exception {
        assumeTrue(bashOnPath(), "bash is not on PATH: bin/parse cannot be run here");
        String seed = ParseCommandTest.seedFixture().toString();

        Process process = new ProcessBuilder("bash", repositoryRoot().resolve("bin/parse").toString(),
                "--threads", "2", "--files-from", "-")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (var stdin = process.getOutputStream()) {
            stdin.write((seed + "\nmissing.txt\n" + seed + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        ObjectMapper json = new ObjectMapper();
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(json.readTree(lines[0]).get("formType").asText()).isEqualTo("8-K");
        assertThat(json.readTree(lines[1]).get("error").get("type").asText()).isEqualTo("FILE_NOT_FOUND");
        assertThat(json.readTree(lines[2]).get("source").asText()).isEqualTo(seed);
    }

    @Test
    void withoutArgumentsExitsTwo() throws Exception {
        assumeTrue(bashOnPath(), "bash is not on PATH: bin/parse cannot be run here");

        Process process = new ProcessBuilder("bash", repositoryRoot().resolve("bin/parse").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
    }

    private static boolean bashOnPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "bash")));
    }

    /** The module is tools/parse-cli; Maven runs its tests from there. */
    private static Path repositoryRoot() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        return module.getParent().getParent();
    }
}
