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
 * @param java         the java executable
 * @param classpath    the runtime interface client and its dependencies; never the function's own classes
 * @param nativeClient the runtime client's JNI library, unpacked once for every environment; null to let each
 *                     environment unpack its own
 */
record JavaRuntime(Path java, List<Path> classpath, Path nativeClient) {

    /**
     * The system property that names the runtime client's JNI library. Without it, every environment unpacks the
     * library from the client's jar to one fixed path, /tmp/.libaws-lambda-jni.so: environments starting at the
     * same moment overwrite it while another maps it, and that one dies of SIGBUS (seen in LambdaFunctionTest).
     */
    static final String NATIVE_CLIENT_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

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
        Path client = jars.stream().filter(j -> j.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client"))
                .findFirst().orElseThrow();
        return new JavaRuntime(java, classpath, unpackNativeClient(client, launcherDir));
    }

    /**
     * Unpacks the runtime client's JNI library for this machine into {@code directory} (written aside, then moved
     * into place, so no environment can map a half-written file); null when the jar has none for this machine.
     */
    private static Path unpackNativeClient(Path clientJar, Path directory) throws IOException {
        String arch = System.getProperty("os.arch");
        String platform = arch.equals("amd64") || arch.equals("x86_64") ? "linux-x86_64"
                : arch.equals("aarch64") ? "linux-aarch_64" : null;
        if (platform == null || !System.getProperty("os.name").startsWith("Linux")) {
            return null;
        }
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(clientJar.toFile())) {
            java.util.zip.ZipEntry entry = jar.getEntry("jni/libaws-lambda-jni." + platform + ".so");
            if (entry == null) {
                return null;
            }
            Path target = directory.resolve("libaws-lambda-jni.so");
            Path written = Files.createTempFile(directory, "libaws-lambda-jni", ".part");
            try (InputStream library = jar.getInputStream(entry)) {
                Files.copy(library, written, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
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
        if (nativeClient != null) {
            command.add("-D" + NATIVE_CLIENT_PROPERTY + "=" + nativeClient);
        }
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
