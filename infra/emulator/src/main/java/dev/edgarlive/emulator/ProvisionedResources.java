package dev.edgarlive.emulator;

import java.net.URI;

/** What provisioning created on the emulator, and where: everything a client needs to reach it. */
public record ProvisionedResources(URI endpoint, String region, String bucket, String table) {
}
