package dev.edgarlive.load;

import java.util.OptionalDouble;

/**
 * One endpoint's figures: its requests through the API and its bare store calls, each timed one at a time
 * (latency) and on several clients (throughput), and what one call costs in DynamoDB and S3 requests.
 *
 * @param functionDynamoPerCall the query function's own count from its log lines, when they could be read
 */
record EndpointResult(String endpoint, String examplePath, SeriesResult apiLatency, SeriesResult storeLatency,
                      SeriesResult apiThroughput, SeriesResult storeThroughput, double dynamoPerCall,
                      double s3PerCall, OptionalDouble functionDynamoPerCall) {

    double overheadP50Millis() {
        return apiLatency.latencies().percentileMillis(50) - storeLatency.latencies().percentileMillis(50);
    }

    double overheadP99Millis() {
        return apiLatency.latencies().percentileMillis(99) - storeLatency.latencies().percentileMillis(99);
    }

    int apiErrors() {
        return apiLatency.errors() + apiThroughput.errors();
    }

    int storeErrors() {
        return storeLatency.errors() + storeThroughput.errors();
    }
}
