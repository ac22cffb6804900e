package dev.edgarlive.load;

import java.util.List;
import java.util.Locale;

/**
 * The table a load run ends with, in Markdown so that it pastes into docs/load.md as it is: per endpoint the
 * API's latency and throughput beside the bare store calls', the API's overhead over them, and what one call
 * costs in DynamoDB and S3 requests.
 */
final class LoadReport {

    private LoadReport() {
    }

    static String table(List<EndpointResult> results) {
        StringBuilder table = new StringBuilder();
        int clients = results.isEmpty() ? 0 : results.get(0).apiThroughput().clients();
        table.append("| endpoint | calls | API p50 ms | API p99 ms | store p50 ms | store p99 ms | overhead p50 ms"
                + " | overhead p99 ms | API req/s (" + clients + " clients) | store calls/s (" + clients
                + " clients) | errors API/store | DynamoDB req/call | same, function's count | S3 req/call |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (EndpointResult result : results) {
            table.append("| `").append(result.endpoint()).append("` | ")
                    .append(result.apiLatency().calls()).append(" | ")
                    .append(millis(result.apiLatency().latencies().percentileMillis(50))).append(" | ")
                    .append(millis(result.apiLatency().latencies().percentileMillis(99))).append(" | ")
                    .append(millis(result.storeLatency().latencies().percentileMillis(50))).append(" | ")
                    .append(millis(result.storeLatency().latencies().percentileMillis(99))).append(" | ")
                    .append(millis(result.overheadP50Millis())).append(" | ")
                    .append(millis(result.overheadP99Millis())).append(" | ")
                    .append(rate(result.apiThroughput().throughput())).append(" | ")
                    .append(rate(result.storeThroughput().throughput())).append(" | ")
                    .append(result.apiErrors()).append('/').append(result.storeErrors()).append(" | ")
                    .append(count(result.dynamoPerCall())).append(" | ")
                    .append(result.functionDynamoPerCall().isPresent()
                            ? count(result.functionDynamoPerCall().getAsDouble()) : "n/a").append(" | ")
                    .append(count(result.s3PerCall())).append(" |\n");
        }
        return table.toString();
    }

    /** The first error of each endpoint that had one, so that a number in the errors column has a reason beside it. */
    static String errors(List<EndpointResult> results) {
        StringBuilder lines = new StringBuilder();
        for (EndpointResult result : results) {
            for (SeriesResult series : List.of(result.apiLatency(), result.apiThroughput(), result.storeLatency(),
                    result.storeThroughput())) {
                if (series.firstError() != null) {
                    lines.append(result.endpoint()).append(": ").append(series.firstError())
                            .append(" (e.g. ").append(result.examplePath()).append(")\n");
                    break;
                }
            }
        }
        return lines.toString();
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String rate(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    static String count(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
