package dev.edgarlive.local;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Makes the local stack's HTTP servers (the API gateway, the Runtime APIs). They must answer without Nagle's
 * delay: the JDK's server writes headers and body separately, and with Nagle on, each small response waited for
 * the client's delayed ACK, about 40 ms per hop and so a fixed ~90 ms on every API request (gateway hop plus
 * Runtime API hop), which the load script showed on every endpoint whatever its work.
 */
final class LoopbackHttpServers {

    static {
        // Read once, when the JDK's server first starts; so set before any server of this process exists.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private LoopbackHttpServers() {
    }

    static HttpServer create(InetSocketAddress address) throws IOException {
        return HttpServer.create(address, 0);
    }
}
