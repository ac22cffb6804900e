package dev.edgarlive.local;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A function's log: every line its environments print, appended to one file (as CloudWatch keeps one log group per
 * function) and handed to a listener as it comes, so the local stack can show what the function logged.
 */
final class FunctionLog implements AutoCloseable {

    private final Path file;
    private final Consumer<String> listener;
    private BufferedWriter writer;

    /** Opens (creating it if need be) the log file, so that it exists from the deploy on, as a log group does. */
    FunctionLog(Path file, Consumer<String> listener) throws IOException {
        this.file = file;
        this.listener = listener;
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    Path file() {
        return file;
    }

    /** One line an environment printed. A listener that fails does not stop the log. */
    void line(String line) {
        synchronized (this) {
            if (writer == null) {
                return; // closed: the function is being stopped
            }
            try {
                writer.write(line);
                writer.newLine();
                writer.flush();
            } catch (IOException unwritable) {
                System.err.println("cannot write " + file + ": " + unwritable.getMessage());
            }
        }
        try {
            listener.accept(line);
        } catch (RuntimeException listenerFailed) {
            System.err.println("a function log listener failed on a line of " + file + ": " + listenerFailed);
        }
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException ignoredOnClose) {
                // The lines written so far are flushed line by line; nothing is lost by a failed close.
            }
            writer = null;
        }
    }
}
