package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The choice of emulator, steered through the environment it reads; nothing here starts a server. */
class AwsEmulatorTest {

    @TempDir
    Path home;

    private DockerProbe noDocker() {
        return new DockerProbe(Map.of(), home, List.of());
    }

    @Test
    void anEndpointInTheEnvironmentWinsAndIsNeverStopped() {
        try (AwsEmulator emulator = AwsEmulator.locate(
                Map.of("AWS_ENDPOINT_URL", "http://localhost:4566", "PATH", "/nonexistent"), noDocker())) {
            assertThat(emulator.endpoint()).isEqualTo(URI.create("http://localhost:4566"));
            assertThat(emulator.description()).contains("AWS_ENDPOINT_URL");
            assertThat(emulator.region().id()).isEqualTo("us-east-1");
            assertThat(emulator.credentials().resolveCredentials().accessKeyId()).isEqualTo("test");
        }
    }

    @Test
    void aMalformedEndpointSaysWhatIsWrong() {
        assertThatThrownBy(() -> AwsEmulator.locate(Map.of("AWS_ENDPOINT_URL", "localhost 4566"), noDocker()))
                .isInstanceOf(EmulatorUnavailableException.class)
                .hasMessageContaining("AWS_ENDPOINT_URL is set but is not a URL")
                .hasMessageContaining("localhost 4566");
    }

    @Test
    void withNothingAvailableTheMessageNamesAllThreeWays() {
        assertThatThrownBy(() -> AwsEmulator.locate(Map.of("PATH", home.toString()), noDocker()))
                .isInstanceOf(EmulatorUnavailableException.class)
                .hasMessageContaining("AWS_ENDPOINT_URL")
                .hasMessageContaining("Docker")
                .hasMessageContaining("localstack/localstack:4.13")
                .hasMessageContaining("moto_server");
    }

    @Test
    void dockerIsNotAskedWithoutASocketOrAHost() {
        assertThat(noDocker().engineMayBeReachable()).isFalse();
        assertThat(new DockerProbe(Map.of("DOCKER_HOST", "tcp://10.0.0.1:2375"), home, List.of())
                .engineMayBeReachable()).isTrue();
    }

    @Test
    void clientsAreAimedAtTheEmulator() {
        try (AwsEmulator emulator = AwsEmulator.locate(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:1"), noDocker());
                var s3 = emulator.s3()) {
            assertThat(s3.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://127.0.0.1:1"));
            assertThat(s3.serviceClientConfiguration().region().id()).isEqualTo("us-east-1");
        }
    }
}
