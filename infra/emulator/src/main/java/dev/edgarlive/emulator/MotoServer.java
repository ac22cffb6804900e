package dev.edgarlive.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * moto_server as a child process on a free loopback port. Its output goes to a log file: moto writes a line per
 * request, and an unread pipe would fill up and stall it. The file also explains a failed start.
 *
 * <p>The server starts with {@code moto/sitecustomize.py} (beside this class) on its PYTHONPATH: fixes that keep
 * moto's DynamoDB transactions from copying and keeping the whole table per action, and its queries from walking
 * the whole table, which made a corpus-sized ingest quadratic in time and memory. The file says what they change.
 */
final class MotoServer implements RunningEmulator {

    static final String EXECUTABLE = "moto_server";
    private static final String FIXES = "moto/sitecustomize.py";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int START_ATTEMPTS = 3;

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** The moto_server executable on the PATH, if there is one. */
    static Optional<Path> findOnPath(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, EXECUTABLE);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Starts moto_server and returns once it answers HTTP; a server that dies or stays silent is stopped. The
     * free port is only free when we look: another process may take it before moto binds it, so a server that
     * exits at once is started again on another port, a few times.
     */
    static MotoServer start(Path executable) throws IOException {
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(executable);
            } catch (ExitedEarly exited) {
                lastFailure = exited;
            }
        }
        throw lastFailure;
    }

    private static MotoServer startOnce(Path executable) throws IOException {
        int port = freeLoopbackPort();
        Path log = Files.createTempFile("moto_server-" + port + "-", ".log");
        log.toFile().deleteOnExit();
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p",
                Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        withFixesOnPythonPath(builder.environment());
        Process process = builder.start();
        MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            server.awaitAnswer();
            return server;
        } catch (IOException | RuntimeException failure) {
            server.stop();
            throw failure;
        }
    }

    /** Puts the directory holding a copy of {@value #FIXES} first on the server's PYTHONPATH. */
    private static void withFixesOnPythonPath(Map<String, String> environment) throws IOException {
        Path directory = Files.createTempDirectory("moto-fixes-");
        Path fixes = directory.resolve("sitecustomize.py");
        try (InputStream in = MotoServer.class.getResourceAsStream(FIXES)) {
            if (in == null) {
                throw new IOException(FIXES + " is missing from the classpath beside " + MotoServer.class.getName());
            }
            Files.copy(in, fixes);
        }
        fixes.toFile().deleteOnExit();
        directory.toFile().deleteOnExit();
        String inherited = environment.get("PYTHONPATH");
        environment.put("PYTHONPATH", inherited == null || inherited.isBlank()
                ? directory.toString() : directory + java.io.File.pathSeparator + inherited);
    }

    private void awaitAnswer() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ExitedEarly("moto_server exited with status " + process.exitValue()
                        + " before answering on " + endpoint + "; its output: " + logTail());
            }
            if (answersHttp()) {
                return;
            }
            pause(Duration.ofMillis(100));
        }
        throw new IOException("moto_server did not answer on " + endpoint + " within " + START_TIMEOUT.toSeconds()
                + " s; its output: " + logTail());
    }

    private boolean answersHttp() {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() > 0;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            // Connection refused until the server binds its port: keep waiting.
            return false;
        }
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public String description() {
        return "moto_server pid " + process.pid() + " on " + endpoint + " (log " + log + ")";
    }

    @Override
    public void stop() {
        // The PATH entry may be a wrapper (a pyenv shim) that starts the server as its child: end both.
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private String logTail() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
        } catch (IOException unreadable) {
            return "(log " + log + " unreadable: " + unreadable.getMessage() + ")";
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void pause(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for moto_server", interrupted);
        }
    }

    /** The server process ended before answering: a port taken meanwhile, or a broken installation. */
    private static final class ExitedEarly extends IOException {
        ExitedEarly(String message) {
            super(message);
        }
    }
}
