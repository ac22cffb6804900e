package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stand-in executable named moto_server that fails at once: what a broken installation looks like. */
class MotoServerTest {

    @TempDir
    Path bin;

    private Path brokenMoto() throws IOException {
        Path script = bin.resolve(MotoServer.EXECUTABLE);
        Files.writeString(script, """
                #!/bin/sh
                echo "started with $*" >> "$(dirname "$0")/attempts"
                echo "ImportError: no module named werkzeug" >&2
                exit 3
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void findsTheExecutableOnThePath() throws IOException {
        Path moto = brokenMoto();

        assertThat(MotoServer.findOnPath("/nonexistent" + java.io.File.pathSeparator + bin)).contains(moto);
        assertThat(MotoServer.findOnPath("/nonexistent")).isEmpty();
        assertThat(MotoServer.findOnPath("")).isEmpty();
    }

    @Test
    void aServerThatExitsIsTriedOnFreshPortsThenReportedWithItsOutput() throws IOException {
        brokenMoto();

        assertThatThrownBy(() -> AwsEmulator.locate(Map.of("PATH", bin.toString()),
                        new DockerProbe(Map.of(), bin, List.of())))
                .isInstanceOf(EmulatorUnavailableException.class)
                .hasMessageContaining("moto_server was found at " + bin.resolve(MotoServer.EXECUTABLE))
                .hasMessageContaining("exited with status 3")
                .hasMessageContaining("ImportError");
        List<String> attempts = Files.readAllLines(bin.resolve("attempts"));
        assertThat(attempts).hasSize(3).allSatisfy(line -> assertThat(line).contains("-H 127.0.0.1 -p "));
    }
}
