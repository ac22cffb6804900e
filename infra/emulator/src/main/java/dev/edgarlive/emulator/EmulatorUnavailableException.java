package dev.edgarlive.emulator;

/**
 * No AWS API emulator could be found or started. The message names the three ways to provide one, so that whoever
 * reads it (a developer running tests, a user running the local stack) knows what to do next.
 */
public final class EmulatorUnavailableException extends RuntimeException {

    static final String HOW_TO_PROVIDE_ONE = "No AWS API emulator is available. Provide one of: "
            + "(1) AWS_ENDPOINT_URL=http://host:port naming a running emulator; "
            + "(2) a running Docker engine, for LocalStack (" + LocalStackEmulator.IMAGE + ") through Testcontainers; "
            + "(3) moto_server on the PATH (pip install 'moto[server]').";

    EmulatorUnavailableException(String detail) {
        super(detail.isBlank() ? HOW_TO_PROVIDE_ONE : HOW_TO_PROVIDE_ONE + " " + detail);
    }

    EmulatorUnavailableException(String detail, Throwable cause) {
        super(HOW_TO_PROVIDE_ONE + " " + detail, cause);
    }

    /** The same unavailability, with advice for the caller at hand. */
    EmulatorUnavailableException(String advice, EmulatorUnavailableException cause) {
        super(cause.getMessage() + " " + advice, cause);
    }
}
