package dev.edgarlive.local.testfunction;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A function for the tests, run by the real Lambda runtime client: its event says what to do. "fail" throws,
 * "nap" takes 1.5 s, "sleep" outlives any short timeout, "exit" ends the process; anything else is answered with the event, the
 * function's name and the remaining time, so the test sees what the runtime was told.
 */
public class ScriptedHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        if (event.contains("fail")) {
            throw new IllegalStateException("asked to fail");
        }
        if (event.contains("nap")) {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (event.contains("sleep")) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (event.contains("exit")) {
            System.exit(3);
        }
        String reply = "{\"event\":" + event + ",\"function\":\"" + context.getFunctionName()
                + "\",\"requestId\":\"" + context.getAwsRequestId()
                + "\",\"env\":\"" + System.getenv("GREETING")
                + "\",\"pid\":" + ProcessHandle.current().pid() + "}";
        output.write(reply.getBytes(StandardCharsets.UTF_8));
    }
}
