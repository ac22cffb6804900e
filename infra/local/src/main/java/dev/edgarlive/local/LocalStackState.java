package dev.edgarlive.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a running local stack can be found by the commands that work on it (bin/reprocess): its endpoints, bucket
 * and queues, written to {@code <tmp>/edgar-live-local/<stack name>.json} while it runs and removed when it stops.
 */
final class LocalStackState {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalStackState() {
    }

    static Path file(String stackName) {
        return Path.of(System.getProperty("java.io.tmpdir"), "edgar-live-local", stackName + ".json");
    }

    static void write(LocalStack stack) throws IOException {
        ObjectNode state = JSON.createObjectNode();
        state.put("stackName", stack.stackName());
        state.put("s3Endpoint", stack.s3Endpoint().toString());
        state.put("lambdaEndpoint", stack.lambdaEndpoint().toString());
        state.put("api", "http://localhost:" + stack.apiPort());
        state.put("bucket", stack.bucket());
        state.put("table", stack.table());
        ObjectNode queues = state.putObject("queues");
        stack.queues().forEach((id, queue) -> queues.put(id, queue.url()));
        Path file = file(stack.stackName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, state.toPrettyString());
    }

    static Optional<ObjectNode> read(String stackName) throws IOException {
        Path file = file(stackName);
        return Files.isRegularFile(file) ? Optional.of((ObjectNode) JSON.readTree(file.toFile())) : Optional.empty();
    }

    static void remove(String stackName) {
        try {
            Files.deleteIfExists(file(stackName));
        } catch (IOException leftBehind) {
            // A stale file only points at endpoints that no longer answer; the next start overwrites it.
        }
    }
}
