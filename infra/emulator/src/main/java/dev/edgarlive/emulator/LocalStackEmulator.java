package dev.edgarlive.emulator;

import java.net.URI;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** LocalStack in a container started through Testcontainers; Testcontainers' reaper also removes it if we die. */
final class LocalStackEmulator implements RunningEmulator {

    static final String IMAGE = "localstack/localstack:4.13";

    private final LocalStackContainer container;

    private LocalStackEmulator(LocalStackContainer container) {
        this.container = container;
    }

    static LocalStackEmulator start() {
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(IMAGE))
                .withServices("s3", "dynamodb", "sqs");
        container.start();
        return new LocalStackEmulator(container);
    }

    @Override
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public String description() {
        return "LocalStack " + IMAGE + " (container " + container.getContainerId() + ") on " + endpoint();
    }

    @Override
    public void stop() {
        container.stop();
    }
}
