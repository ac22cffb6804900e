package dev.edgarlive.emulator;

import java.net.URI;

/** One emulator that answers AWS API calls at an endpoint, and knows how to stop whatever it started. */
interface RunningEmulator {

    URI endpoint();

    /** Which emulator this is, for logs and messages: "moto_server pid 123 on http://127.0.0.1:4566". */
    String description();

    /** Stops what this process started; an emulator found elsewhere is left alone. Safe to call twice. */
    void stop();
}
