package dev.edgarlive.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Starts its own moto_server (not the shared emulator) to see that close() leaves nothing running. */
class MotoServerIT {

    @Test
    void startsOnAFreeLoopbackPortAnswersAndIsGoneAfterClose() throws IOException {
        Optional<Path> moto = MotoServer.findOnPath(System.getenv("PATH"));
        if (moto.isEmpty()) {
            if (AwsEmulator.requiredByCi()) {
                fail("moto_server is not on the PATH, and CI=true requires it");
            }
            Assumptions.abort("moto_server is not on the PATH");
        }
        AwsEmulator emulator = AwsEmulator.locate(Map.of("PATH", moto.get().getParent().toString()),
                new DockerProbe(Map.of(), Path.of("/nonexistent"), java.util.List.of()));
        int port = emulator.endpoint().getPort();
        assertThat(emulator.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(emulator.description()).startsWith("moto_server pid");
        try (var s3 = emulator.s3()) {
            assertThat(s3.listBuckets().buckets()).isNotNull();
        }
        long pid = Long.parseLong(emulator.description().replaceAll("^moto_server pid (\\d+).*", "$1"));

        emulator.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
        assertThat(accepts(port)).as("port %d still accepts connections", port).isFalse();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
