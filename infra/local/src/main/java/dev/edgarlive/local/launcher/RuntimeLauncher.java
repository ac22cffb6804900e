package dev.edgarlive.local.launcher;

import java.lang.reflect.InvocationTargetException;

/**
 * The main class of a local execution environment: it runs the Lambda runtime interface client's own main, and
 * ends the process when the runtime loop gives up or when bin/local is gone. On Lambda the sandbox goes away with
 * its environment; here a function whose framework keeps non-daemon threads (Vert.x, for the query function)
 * would otherwise outlive a bin/local that was killed without the chance to stop it.
 *
 * <p>This class is copied on its own onto the environment's classpath, beside the runtime client: it may use
 * nothing but the JDK.
 */
public final class RuntimeLauncher {

    static final String RUNTIME_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private RuntimeLauncher() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("bin/local is gone; ending this execution environment");
            System.exit(1);
        }));
        try {
            Class.forName(RUNTIME_MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException runtimeFailed) {
            // The runtime loop ended (its Runtime API went away): so does the environment.
            runtimeFailed.getCause().printStackTrace();
            System.exit(1);
        }
    }
}
