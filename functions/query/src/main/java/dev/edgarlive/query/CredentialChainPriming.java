package dev.edgarlive.query;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.util.List;

/**
 * Builds, and closes unused, the providers the SDK's default credentials chain is made of. The function's own
 * clients build that chain lazily, at their first call: measured on the local stack, about 50 ms of the first
 * request's time went to loading and constructing these providers. Building them here runs that code at init.
 *
 * <p>No provider is asked for credentials: nothing is read from the environment, a profile file, the container
 * or instance metadata endpoints, and no refresh thread starts (asynchronous updates are off, as in the default
 * chain). The function's own chain is still built at its first call, after a SnapStart restore, from that
 * environment's credentials.
 */
final class CredentialChainPriming {

    private CredentialChainPriming() {
    }

    /** The default chain's providers, in its order; built and closed. */
    static void run() {
        List<SdkAutoCloseable> closeable = List.of(
                WebIdentityTokenFileCredentialsProvider.builder().asyncCredentialUpdateEnabled(false).build(),
                ProfileCredentialsProvider.builder().build(),
                ContainerCredentialsProvider.builder().asyncCredentialUpdateEnabled(false).build(),
                InstanceProfileCredentialsProvider.builder().asyncCredentialUpdateEnabled(false).build());
        AwsCredentialsProviderChain chain = AwsCredentialsProviderChain.builder().reuseLastProviderEnabled(true)
                .credentialsProviders(SystemPropertyCredentialsProvider.create(),
                        EnvironmentVariableCredentialsProvider.create())
                .build();
        chain.close();
        closeable.forEach(SdkAutoCloseable::close);
    }
}
