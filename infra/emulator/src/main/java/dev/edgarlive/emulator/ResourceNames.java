package dev.edgarlive.emulator;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The names under which bucket, table and event queue are created on the emulator. A unique suffix per test run
 * keeps test classes sharing one emulator from seeing each other's data.
 */
public record ResourceNames(String bucket, String table, String queue) {

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    public ResourceNames {
        require(BUCKET, bucket, "bucket");
        require(TABLE, table, "table");
        require(QUEUE, queue, "queue");
    }

    /** Names derived from one base: {@code base} for bucket and table, {@code base-events} for the queue. */
    public static ResourceNames of(String base) {
        return new ResourceNames(base, base, base + "-events");
    }

    /** Names no other run uses: {@code prefix-} and eight random hex digits. */
    public static ResourceNames unique(String prefix) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return of(prefix.toLowerCase(Locale.ROOT) + "-" + suffix);
    }

    private static void require(Pattern pattern, String name, String what) {
        if (name == null || !pattern.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid " + what + " name (" + pattern + ")");
        }
    }
}
