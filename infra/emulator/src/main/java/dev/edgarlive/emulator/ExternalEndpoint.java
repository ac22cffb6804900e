package dev.edgarlive.emulator;

import java.net.URI;

/** An emulator someone else runs, named by AWS_ENDPOINT_URL: used as it is and never stopped. */
record ExternalEndpoint(URI endpoint) implements RunningEmulator {

    @Override
    public String description() {
        return "the emulator at " + endpoint + " (AWS_ENDPOINT_URL)";
    }

    @Override
    public void stop() {
        // Not ours to stop.
    }
}
