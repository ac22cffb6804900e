package dev.edgarlive.local;

import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An invocation that produced no response: the function reported an error (Lambda's "Unhandled" function error),
 * ran out of time, or its environment was gone. {@link #payload()} is what Lambda would hand back to the caller.
 */
public final class FunctionError extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String errorType;
    private final byte[] payload;

    private FunctionError(String functionName, String errorType, String errorMessage, byte[] payload) {
        super(functionName + ": " + errorType + (errorMessage.isBlank() ? "" : ": " + errorMessage));
        this.errorType = errorType;
        this.payload = payload;
    }

    /** The error a runtime posted: a JSON body with errorType and errorMessage, and perhaps a type header. */
    static FunctionError reported(String functionName, String typeHeader, byte[] body) {
        String errorType = typeHeader == null ? "" : typeHeader;
        String errorMessage = "";
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.isObject()) {
                errorType = error.path("errorType").asText(errorType);
                errorMessage = error.path("errorMessage").asText("");
            }
        } catch (IOException notJson) {
            // Runtimes may post any body; keep it as the message rather than lose it.
            errorMessage = new String(body, StandardCharsets.UTF_8);
        }
        return new FunctionError(functionName, errorType.isBlank() ? "Unhandled" : errorType, errorMessage, body);
    }

    static FunctionError timedOut(String functionName, Duration timeout) {
        String message = "Task timed out after " + timeout.toSeconds() + " seconds";
        return new FunctionError(functionName, "Sandbox.Timedout", message, payloadOf("Sandbox.Timedout", message));
    }

    static FunctionError unavailable(String functionName, String reason) {
        return new FunctionError(functionName, "Runtime.Unavailable", reason, payloadOf("Runtime.Unavailable", reason));
    }

    public String errorType() {
        return errorType;
    }

    public byte[] payload() {
        return payload.clone();
    }

    private static byte[] payloadOf(String errorType, String errorMessage) {
        return JSON.createObjectNode().put("errorType", errorType).put("errorMessage", errorMessage)
                .toString().getBytes(StandardCharsets.UTF_8);
    }
}
