package dev.edgarlive.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class JavaRuntimeTest {

    @TempDir
    Path launcherDir;

    @Test
    void everyEnvironmentLoadsTheOneUnpackedNativeClientInsteadOfUnpackingItsOwnToTmp() throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the runtime client ships JNI libraries for Linux");
        JavaRuntime runtime = JavaRuntime.ofThisInstallation(launcherDir);
        FunctionSpec spec = new FunctionSpec("F", launcherDir.resolve("function.zip"), "a.Handler::handleRequest", 512,
                Duration.ofSeconds(3), Map.of());

        Path library = launcherDir.resolve("libaws-lambda-jni.so");
        assertThat(library).isRegularFile();
        assertThat(library.toFile().length()).isGreaterThan(100_000);
        // Environments started together all read this file; none writes /tmp/.libaws-lambda-jni.so under another.
        assertThat(runtime.command(spec)).contains("-D" + JavaRuntime.NATIVE_CLIENT_PROPERTY + "=" + library);
    }
}
