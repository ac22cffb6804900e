package dev.edgarlive.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One function as the template deploys it, with every value resolved for this machine.
 *
 * @param name        the template's logical id (IngestFunction), used as the function name
 * @param codePackage the built deployment package: CodeUri, a function.zip
 * @param handler     the handler string the java runtime is given
 * @param memoryMb    MemorySize, which on Lambda also sizes the JVM heap
 * @param timeout     Timeout
 * @param environment the function's environment variables (Globals merged with its own)
 */
public record FunctionSpec(String name, Path codePackage, String handler, int memoryMb, Duration timeout,
                           Map<String, String> environment) {

    public FunctionSpec {
        environment = Map.copyOf(environment);
    }

    /** This function with one environment variable set (or replaced). */
    public FunctionSpec withEnvironment(String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(environment);
        changed.put(name, value);
        return new FunctionSpec(this.name, codePackage, handler, memoryMb, timeout, changed);
    }

    /** This function run from another deployment package. */
    public FunctionSpec withCodePackage(Path otherPackage) {
        return new FunctionSpec(name, otherPackage, handler, memoryMb, timeout, environment);
    }
}
