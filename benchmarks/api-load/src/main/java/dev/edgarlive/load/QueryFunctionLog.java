package dev.edgarlive.load;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query function's own log: one line per request ending in {@code dynamo=N}, the DynamoDB calls its
 * RequestLog counted. Read from a position on, it gives the function's count for a series of requests, a check
 * on the count made beside it in-process.
 */
final class QueryFunctionLog {

    private static final Pattern DYNAMO_CALLS = Pattern.compile(" dynamo=(\\d+)");

    private final Path file;

    QueryFunctionLog(Path file) {
        this.file = file;
    }

    long position() throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** Mean DynamoDB calls per request logged after {@code position}; empty when none were logged. */
    OptionalDouble dynamoPerRequestSince(long position) throws IOException {
        if (!Files.exists(file)) {
            return OptionalDouble.empty();
        }
        byte[] added;
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long length = log.length();
            added = new byte[(int) Math.max(0, length - position)];
            log.seek(position);
            log.readFully(added);
        }
        return meanCalls(new String(added, StandardCharsets.UTF_8));
    }

    static OptionalDouble meanCalls(String logText) {
        long requests = 0;
        long calls = 0;
        for (String line : logText.split("\n")) {
            Matcher matcher = DYNAMO_CALLS.matcher(line);
            if (matcher.find()) {
                requests++;
                calls += Long.parseLong(matcher.group(1));
            }
        }
        return requests == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) calls / requests);
    }
}
