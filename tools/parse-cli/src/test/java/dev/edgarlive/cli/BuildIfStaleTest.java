package dev.edgarlive.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bin/lib/build-if-stale.sh}, the "rebuild if stale" every {@code bin/} script sources, run by a script of
 * its own in a repository of its own, whose {@code ./mvnw} only notes how it was called and makes the jar.
 */
class BuildIfStaleTest {

    private static final Instant BUILT = Instant.parse("2025-01-02T00:00:00Z");

    @TempDir
    Path repo;

    @BeforeEach
    void makeARepository() throws IOException {
        assumeTrue(bashOnPath(), "bash is not on PATH: the bin/ scripts cannot be run here");
        Files.createDirectories(repo.resolve("bin/lib"));
        Files.copy(repositoryRoot().resolve("bin/lib/build-if-stale.sh"), repo.resolve("bin/lib/build-if-stale.sh"));
        executable("bin/demo", """
                #!/usr/bin/env bash
                set -euo pipefail
                repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
                source "$repo/bin/lib/build-if-stale.sh"
                build_if_stale --artifacts app/target/app.jar app/target/runtime \\
                  --from lib app --build app other -- -DskipTests
                echo "demo ran"
                """);
        executable("mvnw", """
                #!/usr/bin/env bash
                echo "$*" >> maven-calls.txt
                echo "[INFO] Maven talks on stdout"
                [[ -f maven-fails ]] && exit 1
                mkdir -p app/target/runtime && touch app/target/app.jar
                """);
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        for (String module : List.of("lib", "app")) {
            Files.createDirectories(repo.resolve(module + "/src/main/java"));
            Files.createDirectories(repo.resolve(module + "/src/test/java"));
            Files.writeString(repo.resolve(module + "/pom.xml"), "<project/>");
            Files.writeString(repo.resolve(module + "/src/main/java/A.java"), "class A {}");
        }
        // Every source, directories included (a deleted file shows only in its directory's time), before the build.
        try (Stream<Path> tree = Files.walk(repo)) {
            for (Path path : tree.toList()) {
                Files.setLastModifiedTime(path, FileTime.from(BUILT.minusSeconds(3600)));
            }
        }
    }

    @Test
    void buildsAMissingArtifactSayingSoOnStderrWithMavenOutputKeptOffStdout() throws Exception {
        Run run = runDemo();

        assertThat(run.exitCode).isZero();
        assertThat(run.out).isEqualTo("demo ran\n");
        assertThat(run.err).contains("bin/demo: app/target/app.jar is missing; building it with ./mvnw")
                .contains("[INFO] Maven talks on stdout");
        assertThat(mavenCalls()).containsExactly("-q -B -pl app,other -am package -DskipTests");
    }

    @Test
    void leavesUpToDateArtifactsAlone() throws Exception {
        built();

        Run run = runDemo();

        assertThat(run.out).isEqualTo("demo ran\n");
        assertThat(run.err).isEmpty();
        assertThat(mavenCalls()).isEmpty();
    }

    @Test
    void rebuildsWhenTheMainSourcesOfADependencyChanged() throws Exception {
        built();
        Files.setLastModifiedTime(Files.writeString(repo.resolve("lib/src/main/java/B.java"), "class B {}"),
                FileTime.from(BUILT.plusSeconds(60)));

        Run run = runDemo();

        assertThat(run.err).contains("bin/demo: sources changed since app/target/app.jar was built; rebuilding it");
        assertThat(mavenCalls()).hasSize(1);
    }

    @Test
    void rebuildsWhenTheParentPomChanged() throws Exception {
        built();
        Files.setLastModifiedTime(repo.resolve("pom.xml"), FileTime.from(BUILT.plusSeconds(60)));

        runDemo();

        assertThat(mavenCalls()).hasSize(1);
    }

    @Test
    void aChangedTestDoesNotRebuild() throws Exception {
        built();
        Files.setLastModifiedTime(Files.writeString(repo.resolve("app/src/test/java/ATest.java"), "class ATest {}"),
                FileTime.from(BUILT.plusSeconds(60)));

        runDemo();

        assertThat(mavenCalls()).isEmpty();
    }

    @Test
    void aMissingDirectoryArtifactIsBuiltToo() throws Exception {
        built();
        Files.delete(repo.resolve("app/target/runtime"));

        Run run = runDemo();

        assertThat(run.err).contains("app/target/runtime is missing");
        assertThat(mavenCalls()).hasSize(1);
    }

    @Test
    void aFailedBuildStopsTheScript() throws Exception {
        Files.writeString(repo.resolve("maven-fails"), "");

        Run run = runDemo();

        assertThat(run.exitCode).isNotZero();
        assertThat(run.out).isEmpty();
    }

    private void built() throws IOException {
        Files.createDirectories(repo.resolve("app/target/runtime"));
        Files.setLastModifiedTime(Files.writeString(repo.resolve("app/target/app.jar"), "jar"), FileTime.from(BUILT));
    }

    private List<String> mavenCalls() throws IOException {
        Path calls = repo.resolve("maven-calls.txt");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private Run runDemo() throws Exception {
        Process process = new ProcessBuilder("bash", repo.resolve("bin/demo").toString()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private void executable(String path, String text) throws IOException {
        Path file = Files.writeString(repo.resolve(path), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static boolean bashOnPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, "bash")));
    }

    /** The module is tools/parse-cli; Maven runs its tests from there. */
    private static Path repositoryRoot() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        return module.getParent().getParent();
    }
}
