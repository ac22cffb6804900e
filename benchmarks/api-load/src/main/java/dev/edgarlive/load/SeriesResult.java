package dev.edgarlive.load;

/**
 * What one series of calls gave: the latency of each successful or failed call, how many failed (with the first
 * failure's message, to say why), and the wall-clock time of the whole series, from which throughput follows.
 */
public record SeriesResult(Latencies latencies, int errors, String firstError, long wallNanos, int clients) {

    public int calls() {
        return latencies.count();
    }

    /** Calls per second over the whole series, as its clients achieved together. */
    public double throughput() {
        return wallNanos == 0 ? 0 : calls() / (wallNanos / 1e9);
    }
}
