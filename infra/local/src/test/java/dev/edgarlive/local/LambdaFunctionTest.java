package dev.edgarlive.local;

import dev.edgarlive.local.testfunction.ScriptedHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local Runtime API driven by AWS's real runtime interface client, in a JVM of its own, running a function
 * packaged the way Quarkus packages one (classes at the root of a zip).
 */
class LambdaFunctionTest {

    @TempDir
    Path work;
    @TempDir
    Path build;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private LambdaFunction function;

    @BeforeEach
    void deploy() throws Exception {
        Path zip = packageOf(ScriptedHandler.class);
        FunctionSpec spec = new FunctionSpec("ScriptedFunction", zip, ScriptedHandler.class.getName() + "::handleRequest",
                256, Duration.ofSeconds(3), Map.of("GREETING", "from-template"));
        function = LambdaFunction.deploy(spec, work, events::add);
    }

    @AfterEach
    void stop() {
        function.close();
    }

    @Test
    void answersAnEventWithTheFunctionsResponseAndEnvironment() throws Exception {
        String response = text(function.invoke(bytes("{\"hello\":1}")).get(20, TimeUnit.SECONDS));

        assertThat(response).contains("\"event\":{\"hello\":1}", "\"function\":\"ScriptedFunction\"",
                "\"env\":\"from-template\"");
    }

    @Test
    void runsInvocationsOneAfterAnotherWithDistinctRequestIds() throws Exception {
        var first = function.invoke(bytes("1"));
        var second = function.invoke(bytes("2"));

        String a = text(first.get(20, TimeUnit.SECONDS));
        String b = text(second.get(20, TimeUnit.SECONDS));

        assertThat(a).contains("\"event\":1");
        assertThat(b).contains("\"event\":2");
        assertThat(requestId(a)).isNotEqualTo(requestId(b));
    }

    @Test
    void reportsAnUnhandledExceptionAsAFunctionErrorAndStaysUsable() throws Exception {
        var failing = function.invoke(bytes("\"fail\""));

        assertThatThrownBy(() -> failing.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(FunctionError.class)
                .hasMessageContaining("IllegalStateException").hasMessageContaining("asked to fail");
        assertThat(text(function.invoke(bytes("\"ok\"")).get(20, TimeUnit.SECONDS))).contains("\"event\":\"ok\"");
    }

    @Test
    void timesOutAndReplacesTheEnvironmentAsLambdaDoes() throws Exception {
        ProcessHandle before = function.process().orElseThrow();
        var slow = function.invoke(bytes("\"sleep\""));

        assertThatThrownBy(() -> slow.get(20, TimeUnit.SECONDS))
                .cause().isInstanceOf(FunctionError.class).hasMessageContaining("Task timed out after 3 seconds");
        assertThat(events).anyMatch(line -> line.contains("timed out") && line.contains(function.log().toString()));
        assertThat(Files.readString(function.log()))
                .as("the stacks of the timed-out environment's threads, where the handler stood")
                .contains("Full thread dump").contains("at " + ScriptedHandler.class.getName() + ".handleRequest");
        assertThat(text(function.invoke(bytes("\"again\"")).get(60, TimeUnit.SECONDS))).contains("again");
        assertThat(before.isAlive()).isFalse();
        assertThat(function.process().orElseThrow().pid()).isNotEqualTo(before.pid());
    }

    @Test
    void startsANewEnvironmentWhenTheProcessDied() throws Exception {
        var dying = function.invoke(bytes("\"exit\""));

        assertThatThrownBy(() -> dying.get(20, TimeUnit.SECONDS))
                .cause().isInstanceOf(FunctionError.class).hasMessageContaining("exited with status 3");
        assertThat(text(function.invoke(bytes("\"after\"")).get(60, TimeUnit.SECONDS))).contains("after");
        assertThat(events).anyMatch(line -> line.contains("its environment died"));
    }

    @Test
    void startsEnvironmentsOnDemandUpToItsLimitAndQueuesTheRest() throws Exception {
        function.close();
        FunctionSpec spec = new FunctionSpec("PooledFunction", packageOf(ScriptedHandler.class),
                ScriptedHandler.class.getName() + "::handleRequest", 256, Duration.ofSeconds(10), Map.of());
        function = LambdaFunction.deploy(spec, work, events::add, new LambdaFunction.Deployment(2, false, line -> { }));
        assertThat(function.processes()).isEmpty();

        List<java.util.concurrent.CompletableFuture<byte[]>> naps = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            naps.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> function.invoke(bytes("\"nap\"")))
                    .thenCompose(future -> future));
        }
        List<String> pids = new java.util.ArrayList<>();
        for (var nap : naps) {
            pids.add(text(nap.get(120, TimeUnit.SECONDS)).replaceAll(".*\"pid\":(\\d+).*", "$1"));
        }

        assertThat(pids.stream().distinct().count()).isEqualTo(2);
        assertThat(events).filteredOn(line -> line.startsWith("PooledFunction: environment ready")).hasSize(2);
        assertThat(function.invocationTimes()).hasSize(3)
                .filteredOn(LambdaFunction.InvocationTime::first).hasSize(2);
    }

    @Test
    void closingEndsTheProcessAndRemovesTheTaskRoot() throws Exception {
        ProcessHandle process = function.process().orElseThrow();

        function.close();

        assertThat(process.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        try (var left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("ScriptedFunction.log");
        }
        assertThatThrownBy(() -> function.invoke(bytes("1")).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(FunctionError.class);
    }

    /** A deployment package holding one compiled class at the root, as function.zip holds the function's. */
    private Path packageOf(Class<?> handler) throws IOException, URISyntaxException {
        Path classes = Path.of(handler.getProtectionDomain().getCodeSource().getLocation().toURI());
        String entry = handler.getName().replace('.', '/') + ".class";
        Path zip = build.resolve("function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            Files.copy(classes.resolve(entry), (OutputStream) out);
            out.closeEntry();
        }
        return zip;
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String requestId(String response) {
        return response.replaceAll(".*\"requestId\":\"([^\"]+)\".*", "$1");
    }
}
