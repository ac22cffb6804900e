package dev.edgarlive.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Measures one endpoint through the API and through the bare store, over the same probes, in one go:
 * warm-up (not recorded), then latency with one client for each side, then throughput with several clients.
 * Latency is taken with one client because the local query function has one execution environment, as a Lambda
 * function at concurrency one: with several clients, API latency would include queueing the store calls never see.
 */
final class EndpointBench {

    private final URI api;
    private final CountedStore store;
    private final QueryFunctionLog functionLog;
    private final int warmup;
    private final int clients;
    private final Duration seriesLimit;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    EndpointBench(URI api, CountedStore store, QueryFunctionLog functionLog, int warmup, int clients,
                  Duration seriesLimit) {
        this.api = api;
        this.store = store;
        this.functionLog = functionLog;
        this.warmup = warmup;
        this.clients = clients;
        this.seriesLimit = seriesLimit;
    }

    EndpointResult measure(Endpoint endpoint) throws IOException, InterruptedException {
        List<CallSeries.Call> apiCalls = endpoint.probes().stream().map(probe -> apiCall(probe.path())).toList();
        List<CallSeries.Call> storeCalls = endpoint.probes().stream().map(Endpoint.Probe::storeCall).toList();
        CallSeries oneClient = new CallSeries(1, seriesLimit);
        CallSeries manyClients = new CallSeries(clients, seriesLimit);

        oneClient.run(apiCalls.subList(0, Math.min(warmup, apiCalls.size())));
        oneClient.run(storeCalls.subList(0, Math.min(warmup, storeCalls.size())));

        long logPosition = functionLog.position();
        SeriesResult apiLatency = oneClient.run(apiCalls);
        store.counter().reset();
        SeriesResult storeLatency = oneClient.run(storeCalls);
        double dynamoPerCall = perCall(store.counter().countService("DynamoDb"), storeLatency);
        double s3PerCall = perCall(store.counter().countService("S3"), storeLatency);

        SeriesResult apiThroughput = manyClients.run(apiCalls);
        SeriesResult storeThroughput = manyClients.run(storeCalls);
        // The function logs each request as it answers it: the mean covers both API series (the same probes).
        OptionalDouble functionCount = functionLog.dynamoPerRequestSince(logPosition);
        return new EndpointResult(endpoint.name(), endpoint.probes().get(0).path(), apiLatency, storeLatency,
                apiThroughput, storeThroughput, dynamoPerCall, s3PerCall, functionCount);
    }

    private static double perCall(long requests, SeriesResult series) {
        return series.calls() == 0 ? Double.NaN : (double) requests / series.calls();
    }

    private CallSeries.Call apiCall(String path) {
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
        return () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
