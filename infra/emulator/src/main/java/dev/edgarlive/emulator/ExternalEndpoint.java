package dev.edgarlive.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An emulator someone else runs, named by AWS_ENDPOINT_URL: used as it is and never stopped.
 *
 * @param moto whether it answers as moto_server does: tests that moto cannot pass (its transactions are not
 *             isolated) skip on it however it was started, CI's shared server included
 */
record ExternalEndpoint(URI endpoint, boolean moto) implements RunningEmulator {

    ExternalEndpoint(URI endpoint) {
        this(endpoint, answersAsMoto(endpoint));
    }

    @Override
    public String description() {
        return (moto ? "moto_server" : "the emulator") + " at " + endpoint + " (AWS_ENDPOINT_URL)";
    }

    @Override
    public void stop() {
        // Not ours to stop.
    }

    /** moto_server serves its dashboard under /moto-api/; LocalStack and AWS do not. */
    private static boolean answersAsMoto(URI endpoint) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).timeout(Duration.ofSeconds(2))
                .GET().build();
        try {
            return client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException unreachable) {
            return false; // whoever uses it will say it is unreachable
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
