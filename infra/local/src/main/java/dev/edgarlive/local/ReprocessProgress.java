package dev.edgarlive.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * How far a reprocess run is, from what can be observed of it: the requests the function has queued so far (and
 * whether it has listed every key), and the reprocess queue's depth. Done is queued minus depth, never going back;
 * the rate is taken over the last minute, so that the estimate follows the ingest function's current pace.
 */
final class ReprocessProgress {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Instant started;
    private final Deque<Sample> recent = new ArrayDeque<>();
    private long queued;
    private boolean listed;
    private long done;

    private record Sample(Instant at, long done) {
    }

    ReprocessProgress(Instant started) {
        this.started = started;
        recent.add(new Sample(started, 0));
    }

    /** What the function said after its latest invocation. */
    void queued(long total, boolean listingComplete) {
        queued = Math.max(queued, total);
        listed = listingComplete;
    }

    /** The queue's depth (waiting plus in flight) at {@code at}. */
    void depth(Instant at, long depth) {
        done = Math.max(done, Math.max(0, queued - depth));
        recent.add(new Sample(at, done));
        while (recent.size() > 2 && recent.peekFirst().at().isBefore(at.minus(WINDOW))) {
            recent.removeFirst();
        }
    }

    long done() {
        return done;
    }

    boolean finished() {
        return listed && done >= queued;
    }

    /** Re-parses per second over the last minute; 0 until something was done. */
    double rate() {
        Sample first = recent.peekFirst();
        Sample last = recent.peekLast();
        double seconds = Duration.between(first.at(), last.at()).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : (last.done() - first.done()) / seconds;
    }

    /** The time left at the current rate, while every key is known; empty before that or with no rate yet. */
    java.util.Optional<Duration> estimatedTimeLeft() {
        double rate = rate();
        if (!listed || rate <= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Duration.ofMillis((long) ((queued - done) / rate * 1000)));
    }

    /** One line: done / total (percent), rate, time left. */
    String line(Instant now) {
        String total = listed ? String.format(Locale.ROOT, "%,d", queued) : String.format(Locale.ROOT, "%,d+ (listing)", queued);
        String percent = queued == 0 ? "" : String.format(Locale.ROOT, " (%d%%)", done * 100 / queued);
        String left = estimatedTimeLeft().map(d -> ", about " + clock(d) + " left").orElse("");
        return String.format(Locale.ROOT, "reprocess: %,d / %s done%s, %.1f/s%s, %s elapsed", done, total, percent,
                rate(), left, clock(Duration.between(started, now)));
    }

    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
