package dev.edgarlive.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A deployed function: invoking it runs the event in an execution environment of its own, as Lambda does. An idle
 * environment is reused; when all are busy a new one starts (a cold start), up to a limit, beyond which the
 * invocation waits for one to be free. An environment whose invocation timed out, or whose process died, is
 * discarded. Each environment runs one invocation at a time.
 */
public final class LambdaFunction implements AutoCloseable {

    private static final Duration INIT_LIMIT = Duration.ofSeconds(90);
    /** Deployments of each function name in this process, so that a redeployment's directories never meet the last's. */
    private static final java.util.Map<String, Integer> DEPLOYMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final FunctionSpec spec;
    private final JavaRuntime runtime;
    private final Path workDir;
    private final Path launcherDir;
    private final Consumer<String> events;
    private final Deployment deployment;
    private final FunctionLog log;
    private final String directoryName;
    private final Deque<ExecutionEnvironment> idle = new ArrayDeque<>();
    private final Set<ExecutionEnvironment> busy = new HashSet<>();
    private final List<InvocationTime> invocationTimes = new CopyOnWriteArrayList<>();
    private ExecutionEnvironment newest;
    private int starting;
    private int generation;
    private boolean closed;

    /**
     * How the local stack runs a function.
     *
     * @param maxEnvironments most environments at once (Lambda's concurrency); invocations beyond wait
     * @param startNow        start the first environment at deploy (its cold start shows at once), else on first use
     * @param output          every line the function prints (its log), as it prints it
     */
    public record Deployment(int maxEnvironments, boolean startNow, Consumer<String> output) {

        public Deployment {
            if (maxEnvironments < 1) {
                throw new IllegalArgumentException("a function needs at least one environment");
            }
        }

        /** One environment, started now, output only to the log file. */
        public static Deployment single() {
            return new Deployment(1, true, line -> { });
        }
    }

    /**
     * How long one invocation ran in the function, from the runtime taking the event to its answer (Lambda's
     * Duration), and whether it was its environment's first (the one that pays for what initialisation left).
     */
    public record InvocationTime(int environment, boolean first, Duration duration) {
    }

    private LambdaFunction(FunctionSpec spec, JavaRuntime runtime, Path workDir, Path launcherDir,
                           Consumer<String> events, Deployment deployment, String directoryName) throws IOException {
        this.directoryName = directoryName;
        this.spec = spec;
        this.runtime = runtime;
        this.workDir = workDir;
        this.launcherDir = launcherDir;
        this.events = events;
        this.deployment = deployment;
        this.log = new FunctionLog(workDir.resolve(spec.name() + ".log"), deployment.output());
    }

    /** Deploys {@code spec} with one environment, started now. */
    public static LambdaFunction deploy(FunctionSpec spec, Path workDir, Consumer<String> events) throws IOException {
        return deploy(spec, workDir, events, Deployment.single());
    }

    /**
     * Deploys {@code spec}; returns once its first environment has initialised when {@code deployment.startNow()}.
     *
     * @param events where notable lifecycle events (a new environment, a dead one) are told, one line each
     */
    public static LambdaFunction deploy(FunctionSpec spec, Path workDir, Consumer<String> events, Deployment deployment)
            throws IOException {
        int number = DEPLOYMENTS.merge(spec.name(), 1, Integer::sum);
        String directoryName = number == 1 ? spec.name() : spec.name() + "-v" + number;
        Path launcherDir = workDir.resolve(directoryName + "-launcher");
        LambdaFunction function = new LambdaFunction(spec, JavaRuntime.ofThisInstallation(launcherDir), workDir,
                launcherDir, events, deployment, directoryName);
        if (deployment.startNow()) {
            ExecutionEnvironment first = function.acquire();
            function.release(first, false);
        }
        return function;
    }

    public String name() {
        return spec.name();
    }

    public FunctionSpec spec() {
        return spec;
    }

    /** The most environments this function runs at once. */
    public int maxEnvironments() {
        return deployment.maxEnvironments();
    }

    /** Where the function's output (its logs) goes. */
    public Path log() {
        return log.file();
    }

    /** The process of the newest environment, if one runs: for tests that check nothing is left behind. */
    public synchronized Optional<ProcessHandle> process() {
        return newest == null || !newest.isAlive() ? Optional.empty() : Optional.of(newest.process());
    }

    /** The processes of every environment that runs now. */
    public synchronized List<ProcessHandle> processes() {
        List<ProcessHandle> processes = new ArrayList<>();
        idle.forEach(environment -> processes.add(environment.process()));
        busy.forEach(environment -> processes.add(environment.process()));
        return processes;
    }

    /** Whether no environment of this function is starting or running an invocation now. */
    public synchronized boolean isIdle() {
        return starting == 0 && busy.isEmpty();
    }

    /** Every invocation's time in the function so far, in the order they ended. */
    public List<InvocationTime> invocationTimes() {
        return List.copyOf(invocationTimes);
    }

    /**
     * Invokes the function with one event, in an idle environment or a new one; waits while the most environments
     * are busy. See {@link LambdaRuntimeApi#invoke} for how the future ends.
     */
    public CompletableFuture<byte[]> invoke(byte[] event) {
        ExecutionEnvironment target;
        try {
            target = acquire();
        } catch (IOException | UncheckedIOException failed) {
            return CompletableFuture.failedFuture(FunctionError.unavailable(spec.name(), failed.getMessage()));
        }
        return target.invoke(event).whenComplete((response, error) -> {
            boolean timedOut = error instanceof FunctionError functionError
                    && "Sandbox.Timedout".equals(functionError.errorType());
            if (timedOut) {
                target.dumpThreads();
                events.accept(spec.name() + ": invocation timed out after " + spec.timeout().toSeconds()
                        + " s; its environment is discarded, as Lambda does (its threads' stacks at that moment are"
                        + " at the end of " + log() + ")");
            }
            target.lastInvocationTime().ifPresent(time -> invocationTimes.add(
                    new InvocationTime(target.generation(), target.invocations() == 1, time)));
            release(target, timedOut);
        });
    }

    @Override
    public void close() {
        List<ExecutionEnvironment> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(idle);
            all.addAll(busy);
            idle.clear();
            busy.clear();
            notifyAll();
        }
        all.forEach(ExecutionEnvironment::close);
        log.close();
        FunctionPackage.delete(launcherDir);
    }

    /** An idle live environment, else a new one if the limit allows, else waits for one to be released. */
    private ExecutionEnvironment acquire() throws IOException {
        int number;
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new IOException(spec.name() + " is stopped");
                }
                ExecutionEnvironment reusable = idle.pollFirst();
                if (reusable != null && reusable.isAlive()) {
                    busy.add(reusable);
                    return reusable;
                }
                if (reusable != null) {
                    events.accept(spec.name() + ": its environment died; starting a new one (see " + log() + ")");
                    reusable.close();
                    continue;
                }
                if (busy.size() + starting < deployment.maxEnvironments()) {
                    starting++;
                    number = ++generation;
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for an environment of " + spec.name(), interrupted);
                }
            }
        }
        long started = System.nanoTime();
        ExecutionEnvironment environment = null;
        try {
            environment = ExecutionEnvironment.start(spec, directoryName, runtime, workDir, number, log);
            environment.awaitReady(INIT_LIMIT);
        } catch (IOException | RuntimeException failed) {
            if (environment != null) {
                environment.close();
            }
            synchronized (this) {
                starting--;
                notifyAll();
            }
            throw failed;
        }
        events.accept(spec.name() + ": environment ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        synchronized (this) {
            starting--;
            if (closed) {
                environment.close();
                throw new IOException(spec.name() + " is stopped");
            }
            busy.add(environment);
            newest = environment;
            return environment;
        }
    }

    private void release(ExecutionEnvironment environment, boolean discard) {
        boolean close;
        synchronized (this) {
            boolean wasBusy = busy.remove(environment);
            close = discard || closed || !wasBusy;
            if (!close) {
                idle.addFirst(environment);
            }
            notifyAll();
        }
        if (close) {
            environment.close();
        }
    }
}
