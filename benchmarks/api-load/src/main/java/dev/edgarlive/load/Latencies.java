package dev.edgarlive.load;

import java.util.Arrays;

/**
 * The latencies of one series of calls, sorted, in nanoseconds. Percentiles are nearest-rank: p99 of 200 calls is
 * the 198th fastest, a latency that was actually observed, never an interpolation between two.
 */
public record Latencies(long[] sortedNanos) {

    public Latencies {
        sortedNanos = sortedNanos.clone();
        Arrays.sort(sortedNanos);
    }

    public static Latencies of(long... nanos) {
        return new Latencies(nanos);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** Nearest-rank percentile in nanoseconds; {@code percent} in (0, 100]. */
    public long percentileNanos(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100], was " + percent);
        }
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("no latencies were recorded");
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)];
    }

    public double percentileMillis(double percent) {
        return percentileNanos(percent) / 1_000_000.0;
    }

    @Override
    public long[] sortedNanos() {
        return sortedNanos.clone();
    }
}
