package dev.edgarlive.local;

import dev.edgarlive.local.launcher.RuntimeLauncher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lambda's java runtime, as a command line: a JVM running AWS's runtime interface client, which loads the handler
 * from the task root (its working directory) and polls the Runtime API named by AWS_LAMBDA_RUNTIME_API.
 *
 * <p>This is how a {@code java21} function runs on Lambda. Quarkus's own poll loop is not an option for the JVM
 * build: the Quarkus Lambda extension starts it only in native images (and in dev and test mode), and on the
 * java runtime Quarkus boots inside {@code QuarkusStreamHandler} instead. The client's main is entered through
 * {@link RuntimeLauncher}, which only adds that the environment ends when bin/local does.
 *
 * @param java      the java executable
 * @param classpath the runtime interface client and its dependencies; never the function's own classes
 */
record JavaRuntime(Path java, List<Path> classpath) {

    static final String MAIN_CLASS = RuntimeLauncher.class.getName();
    /** Where the build copies the runtime client (see this module's pom), beside this module's classes or jar. */
    private static final String RUNTIME_DIR = "lambda-runtime";

    JavaRuntime {
        classpath = List.copyOf(classpath);
    }

    /**
     * The JVM that runs this program, and the runtime client the build copied to target/lambda-runtime, started
     * through {@link RuntimeLauncher}, whose class is copied into {@code launcherDir} on its own.
     */
    static JavaRuntime ofThisInstallation(Path launcherDir) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path runtimeDir = runtimeDirectory();
        List<Path> jars;
        try (Stream<Path> files = Files.list(runtimeDir)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        if (jars.stream().noneMatch(j -> j.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client"))) {
            throw new IOException("the Lambda runtime interface client is missing from " + runtimeDir
                    + ": build infra/local with ./mvnw -pl infra/local -am package");
        }
        List<Path> classpath = new ArrayList<>(jars);
        classpath.add(installLauncher(launcherDir));
        return new JavaRuntime(java, classpath);
    }

    /** Copies the launcher's class file, and nothing else of this program, into {@code directory}. */
    private static Path installLauncher(Path directory) throws IOException {
        String resource = RuntimeLauncher.class.getName().replace('.', '/') + ".class";
        Path target = directory.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream classFile = JavaRuntime.class.getClassLoader().getResourceAsStream(resource)) {
            if (classFile == null) {
                throw new IOException("the launcher class " + resource + " is missing from this program");
            }
            Files.copy(classFile, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return directory;
    }

    /**
     * The command that starts one execution environment. The heap is sized from the function's memory and the
     * collector is the serial one, as the Lambda java runtime does; JAVA_TOOL_OPTIONS from the template's
     * environment is read by the JVM itself.
     */
    List<String> command(FunctionSpec function) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-XX:MaxHeapSize=" + (function.memoryMb() * 85 / 100) + "m");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(MAIN_CLASS);
        command.add(function.handler());
        return command;
    }

    private static Path runtimeDirectory() throws IOException {
        String configured = System.getProperty("edgar.lambda.runtime");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            // target/classes or target/local.jar: either way its parent is target/.
            Path codeSource = Path.of(JavaRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.getParent().resolve(RUNTIME_DIR);
        } catch (URISyntaxException e) {
            throw new IOException("cannot tell where this program was loaded from", e);
        }
    }
}
