package dev.edgarlive.load;

import java.util.List;

/**
 * One endpoint of the API under load: the requests to send (paths on the API) and, for each, the store call the
 * query function makes to answer it, so both can be timed over the same targets.
 *
 * @param name   the endpoint as the report names it ({@code GET /filings/{id}})
 * @param probes one per request, in the order they are sent
 */
record Endpoint(String name, List<Probe> probes) {

    /** One request: its path (with query string) on the API, and the bare store call behind it. */
    record Probe(String path, CallSeries.Call storeCall) {
    }

    Endpoint {
        probes = List.copyOf(probes);
    }
}
