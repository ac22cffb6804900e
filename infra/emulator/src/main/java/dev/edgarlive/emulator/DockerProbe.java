package dev.edgarlive.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells, cheaply and without noise, whether a Docker engine might be reachable. Asking Testcontainers directly on
 * a machine without Docker costs seconds of retries and a page of log lines, so it is asked only when a socket or
 * a configured host says an engine could be there.
 */
final class DockerProbe {

    private final Map<String, String> environment;
    private final Path home;
    private final List<Path> systemSockets;

    DockerProbe(Map<String, String> environment, Path home, List<Path> systemSockets) {
        this.environment = environment;
        this.home = home;
        this.systemSockets = List.copyOf(systemSockets);
    }

    static DockerProbe ofThisMachine() {
        return new DockerProbe(System.getenv(), Path.of(System.getProperty("user.home", "/")),
                List.of(Path.of("/var/run/docker.sock")));
    }

    /** True when something says an engine may be there; false means surely not. */
    boolean engineMayBeReachable() {
        if (!environment.getOrDefault("DOCKER_HOST", "").isBlank()) {
            return true;
        }
        if (mentionsDockerHost(home.resolve(".testcontainers.properties"))) {
            return true;
        }
        return candidateSockets().stream().anyMatch(Files::exists);
    }

    /** Asks Testcontainers, which pings the engine; only worth it after {@link #engineMayBeReachable()}. */
    boolean engineAnswers() {
        return engineMayBeReachable() && org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
    }

    /** Where Docker Engine, Docker Desktop, Colima, Rancher Desktop and rootless Docker put their sockets. */
    private List<Path> candidateSockets() {
        List<Path> sockets = new ArrayList<>(systemSockets);
        sockets.addAll(List.of(
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".colima/default/docker.sock"),
                home.resolve(".rd/docker.sock")));
        String runtimeDir = environment.getOrDefault("XDG_RUNTIME_DIR", "");
        if (!runtimeDir.isBlank()) {
            sockets.add(Path.of(runtimeDir, "docker.sock"));
        }
        return sockets;
    }

    private static boolean mentionsDockerHost(Path properties) {
        if (!Files.isReadable(properties)) {
            return false;
        }
        try {
            return Files.readAllLines(properties).stream().anyMatch(line -> line.strip().startsWith("docker.host"));
        } catch (java.io.IOException unreadable) {
            // An unreadable settings file says nothing about Docker; the sockets still decide.
            return false;
        }
    }
}
