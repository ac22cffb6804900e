package dev.edgarlive.query;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

class CachePolicyTest {

    private static QueryConfig config(QueryConfig.ApiAuth auth) {
        return (QueryConfig) Proxy.newProxyInstance(QueryConfig.class.getClassLoader(),
                new Class<?>[] {QueryConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "apiAuth" -> auth;
                    case "filingMaxAgeSeconds" -> 300;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void behindAnAuthorizerEveryResponseIsPrivate() {
        for (QueryConfig.ApiAuth auth : new QueryConfig.ApiAuth[] {QueryConfig.ApiAuth.IAM, QueryConfig.ApiAuth.JWT}) {
            CachePolicy policy = new CachePolicy(config(auth));
            assertThat(policy.filing().toString()).isEqualTo("max-age=300, private");
            assertThat(policy.revalidate().toString()).isEqualTo("no-cache, private");
            assertThat(policy.release().toString()).isEqualTo("max-age=3600, private");
            assertThat(policy.appFile()).isEqualTo("private, no-cache");
            assertThat(policy.versionedFile()).isEqualTo("private, max-age=31536000, immutable");
        }
    }

    @Test
    void withoutOneSharedCachesMayKeepResponses() {
        CachePolicy policy = new CachePolicy(config(QueryConfig.ApiAuth.NONE));
        assertThat(policy.filing().toString()).isEqualTo("max-age=300");
        assertThat(policy.revalidate().toString()).isEqualTo("no-cache");
        assertThat(policy.release().toString()).isEqualTo("max-age=3600");
        assertThat(policy.appFile()).isEqualTo("no-cache");
        assertThat(policy.versionedFile()).isEqualTo("public, max-age=31536000, immutable");
    }
}
