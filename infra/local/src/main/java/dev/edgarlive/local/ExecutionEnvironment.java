package dev.edgarlive.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Lambda execution environment: the function's package unpacked as its task root, a JVM running the java
 * runtime in it, and the Runtime API that JVM polls. It serves one invocation at a time until it is closed or its
 * process dies.
 */
final class ExecutionEnvironment implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final int LOG_TAIL_LINES = 40;
    private static final Duration THREAD_DUMP_FLUSH = Duration.ofMillis(500);

    private final FunctionSpec function;
    private final LambdaRuntimeApi runtimeApi;
    private final Process process;
    private final Path taskRoot;
    private final Path log;
    private final int generation;
    private volatile boolean closing;

    private ExecutionEnvironment(FunctionSpec function, LambdaRuntimeApi runtimeApi, Process process, Path taskRoot,
                                 FunctionLog log, int generation) {
        this.function = function;
        this.runtimeApi = runtimeApi;
        this.process = process;
        this.taskRoot = taskRoot;
        this.log = log.file();
        this.generation = generation;
        Thread output = new Thread(() -> copyOutput(process, log), function.name() + "-" + generation + "-output");
        output.setDaemon(true);
        output.start();
        process.onExit().thenRun(this::processEnded);
    }

    /**
     * Unpacks the function into {@code workDir/<directoryName>-<n>}, starts its runtime with the function's environment,
     * and hands everything the function prints to the function's log, line by line.
     */
    static ExecutionEnvironment start(FunctionSpec function, String directoryName, JavaRuntime runtime, Path workDir,
                                      int generation, FunctionLog log) throws IOException {
        Path taskRoot = workDir.resolve(directoryName + "-" + generation);
        FunctionPackage.unpack(function.codePackage(), taskRoot);
        LambdaRuntimeApi runtimeApi = LambdaRuntimeApi.start(function.name(), function.timeout());
        try {
            ProcessBuilder builder = new ProcessBuilder(runtime.command(function))
                    .directory(taskRoot.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.PIPE);
            Map<String, String> env = builder.environment();
            // Lambda gives a function its own variables and the reserved ones, not the caller's environment.
            String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
            env.clear();
            env.put("PATH", path);
            env.putAll(function.environment());
            env.putAll(reservedVariables(function, runtimeApi, taskRoot));
            return new ExecutionEnvironment(function, runtimeApi, builder.start(), taskRoot, log, generation);
        } catch (IOException | RuntimeException e) {
            runtimeApi.close();
            FunctionPackage.delete(taskRoot);
            throw e;
        }
    }

    /** Waits until the runtime has initialised the function and asks for its first event. */
    void awaitReady(Duration limit) throws IOException {
        try {
            runtimeApi.ready().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new IOException(function.name() + " failed to initialise: " + failed.getCause().getMessage()
                    + logTail(), failed.getCause());
        } catch (TimeoutException slow) {
            throw new IOException(function.name() + " did not initialise within " + limit.toSeconds() + " s"
                    + logTail(), slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + function.name() + " was initialising", interrupted);
        }
    }

    CompletableFuture<byte[]> invoke(byte[] event) {
        return runtimeApi.invoke(event);
    }

    /** The environment's number among its function's environments, from 1. */
    int generation() {
        return generation;
    }

    /** How many invocations this environment has answered. */
    int invocations() {
        return runtimeApi.completedInvocations();
    }

    /** How long its last answered invocation ran in the function. */
    java.util.Optional<Duration> lastInvocationTime() {
        return runtimeApi.lastDuration();
    }

    boolean isAlive() {
        return !closing && process.isAlive();
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    Path log() {
        return log;
    }

    /**
     * Has the runtime's JVM print its threads' stacks into the function's log (HotSpot does so on SIGQUIT and
     * goes on running), so that an invocation that timed out shows where it stood. Waits a moment for the dump to
     * reach the log; does nothing where there is no {@code kill} command.
     */
    void dumpThreads() {
        try {
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS) && kill.exitValue() == 0) {
                Thread.sleep(THREAD_DUMP_FLUSH.toMillis());
            }
        } catch (IOException noKillCommand) {
            // Not a POSIX system: the timeout is reported without the stacks.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the runtime's JVM (and anything it started), its Runtime API and its task root. */
    @Override
    public void close() {
        closing = true;
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        runtimeApi.close();
        FunctionPackage.delete(taskRoot);
    }

    /** Reads the process's output to its end; a line at a time goes to the function's log. */
    private static void copyOutput(Process process, FunctionLog log) {
        try (java.io.BufferedReader lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.line(line);
            }
        } catch (IOException closed) {
            // The process ended or was ended; what it printed until then is in the log.
        }
    }

    private void processEnded() {
        if (!closing) {
            runtimeApi.abandonAll("its runtime process exited with status " + process.exitValue() + logTail());
        }
    }

    /** The variables Lambda itself sets in every java environment. */
    private static Map<String, String> reservedVariables(FunctionSpec function, LambdaRuntimeApi runtimeApi,
                                                         Path taskRoot) {
        Map<String, String> reserved = new HashMap<>();
        reserved.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
        reserved.put("_HANDLER", function.handler());
        reserved.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        reserved.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        reserved.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        reserved.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        reserved.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        reserved.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name());
        reserved.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/" + ProcessHandle.current().pid());
        reserved.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        reserved.put("TZ", ":UTC");
        reserved.put("LANG", "en_US.UTF-8");
        return reserved;
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return tail.isEmpty() ? "" : "\n--- last lines of " + log + " ---\n" + String.join("\n", tail);
        } catch (IOException unreadable) {
            return " (see " + log + ")";
        }
    }
}
