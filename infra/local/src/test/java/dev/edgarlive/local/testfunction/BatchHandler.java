package dev.edgarlive.local.testfunction;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function for the poller's tests that reads Lambda's SQS event as the ingest function does: a message whose body
 * starts with "fail" is named in batchItemFailures, a body "crash" makes the whole invocation fail, the rest succeed.
 * It prints one line per batch ({@code BATCH size=N bodies=a,b}), which the tests read from its log. Plain Java,
 * no JSON library: the package holds this class only.
 */
public class BatchHandler implements RequestStreamHandler {

    private static final Pattern MESSAGE = Pattern.compile("\"messageId\":\"([^\"]+)\".*?\"body\":\"([^\"]*)\"");

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        List<String> bodies = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Matcher message = MESSAGE.matcher(event);
        while (message.find()) {
            bodies.add(message.group(2));
            if (message.group(2).startsWith("fail")) {
                failed.add("{\"itemIdentifier\":\"" + message.group(1) + "\"}");
            }
        }
        System.out.println("BATCH size=" + bodies.size() + " bodies=" + String.join(",", bodies));
        if (bodies.contains("crash")) {
            throw new IllegalStateException("asked to crash");
        }
        output.write(("{\"batchItemFailures\":[" + String.join(",", failed) + "]}").getBytes(StandardCharsets.UTF_8));
    }
}
