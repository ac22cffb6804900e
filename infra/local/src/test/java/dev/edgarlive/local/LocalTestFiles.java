package dev.edgarlive.local;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the end-to-end tests find the project and what the build made, and how they skip without them. */
final class LocalTestFiles {

    static final Path PROJECT = Path.of(System.getProperty("edgar.project.dir", "../..")).toAbsolutePath().normalize();
    static final Path CORPUS = Path.of(System.getProperty("edgar.corpus.dir", PROJECT + "/../shared/corpus"));

    private LocalTestFiles() {
    }

    /** The functions' packages and bin/local's jar, which these tests run as a user would. */
    static boolean functionPackagesBuilt() {
        return Files.isRegularFile(PROJECT.resolve("functions/ingest/target/function.zip"))
                && Files.isRegularFile(PROJECT.resolve("functions/query/target/function.zip"))
                && Files.isRegularFile(PROJECT.resolve("infra/local/target/local.jar"));
    }

    /** Skips the test with the reason; on CI (CI=true) fails instead, since a skipped end-to-end test passes unseen. */
    static void requireOrSkip(boolean condition, String reason) {
        if (!condition && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true and " + reason);
        }
        Assumptions.assumeTrue(condition, reason);
    }
}
