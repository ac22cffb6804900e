package dev.edgarlive.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A deployed function: invoking it runs the event in its execution environment, starting a new environment (a
 * cold start) when there is none or the last one died, and discarding an environment whose invocation timed out,
 * as Lambda does. One environment, so invocations run one after another.
 */
public final class LambdaFunction implements AutoCloseable {

    private static final Duration INIT_LIMIT = Duration.ofSeconds(90);

    private final FunctionSpec spec;
    private final JavaRuntime runtime;
    private final Path workDir;
    private final Path launcherDir;
    private final Consumer<String> events;
    private ExecutionEnvironment environment;
    private int generation;
    private boolean closed;

    private LambdaFunction(FunctionSpec spec, JavaRuntime runtime, Path workDir, Path launcherDir,
                           Consumer<String> events) {
        this.spec = spec;
        this.runtime = runtime;
        this.workDir = workDir;
        this.launcherDir = launcherDir;
        this.events = events;
    }

    /**
     * Deploys {@code spec} and starts its first environment, returning once the function has initialised.
     *
     * @param events where notable lifecycle events (a new environment, a dead one) are told, one line each
     */
    public static LambdaFunction deploy(FunctionSpec spec, Path workDir, Consumer<String> events) throws IOException {
        Path launcherDir = workDir.resolve(spec.name() + "-launcher");
        LambdaFunction function = new LambdaFunction(spec, JavaRuntime.ofThisInstallation(launcherDir), workDir,
                launcherDir, events);
        function.liveEnvironment();
        return function;
    }

    public String name() {
        return spec.name();
    }

    /** Where the function's output (its logs) goes. */
    public Path log() {
        return workDir.resolve(spec.name() + ".log");
    }

    /** The process of the current environment, if one runs: for tests that check nothing is left behind. */
    public synchronized Optional<ProcessHandle> process() {
        return environment == null ? Optional.empty() : Optional.of(environment.process());
    }

    /** Invokes the function with one event; see {@link LambdaRuntimeApi#invoke} for how the future ends. */
    public CompletableFuture<byte[]> invoke(byte[] event) {
        ExecutionEnvironment target;
        try {
            target = liveEnvironment();
        } catch (IOException | UncheckedIOException failed) {
            return CompletableFuture.failedFuture(FunctionError.unavailable(spec.name(), failed.getMessage()));
        }
        return target.invoke(event).whenComplete((response, error) -> {
            if (error instanceof FunctionError functionError && "Sandbox.Timedout".equals(functionError.errorType())) {
                discard(target);
            }
        });
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (environment != null) {
            environment.close();
            environment = null;
        }
        FunctionPackage.delete(launcherDir);
    }

    private synchronized ExecutionEnvironment liveEnvironment() throws IOException {
        if (closed) {
            throw new IOException(spec.name() + " is stopped");
        }
        if (environment != null && environment.isAlive()) {
            return environment;
        }
        if (environment != null) {
            events.accept(spec.name() + ": its environment died; starting a new one (see " + log() + ")");
            environment.close();
        }
        long started = System.nanoTime();
        environment = ExecutionEnvironment.start(spec, runtime, workDir, ++generation);
        try {
            environment.awaitReady(INIT_LIMIT);
        } catch (IOException failed) {
            environment.close();
            environment = null;
            throw failed;
        }
        events.accept(spec.name() + ": environment ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return environment;
    }

    private synchronized void discard(ExecutionEnvironment timedOut) {
        if (environment == timedOut) {
            events.accept(spec.name() + ": invocation timed out after " + spec.timeout().toSeconds()
                    + " s; its environment is discarded, as Lambda does");
            environment.close();
            environment = null;
        }
    }
}
