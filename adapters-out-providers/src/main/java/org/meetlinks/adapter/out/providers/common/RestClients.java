package org.meetlinks.adapter.out.providers.common;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds MP Rest Client proxies for a provider API: base URL and connect/read timeouts from configuration, and a
 * connection pool as wide as the concurrent calls (Liberty's RESTEasy client otherwise keeps only a few pooled
 * connections per host, and calls beyond them queue for a connection).
 */
public final class RestClients {
    /** Above the bulkheads of the provider adapters (64), so a call never waits for a pooled connection. */
    static final int CONNECTIONS = 80;

    private RestClients() {}

    public static <T> T build(Class<T> api, URI baseUri, HttpTimeouts timeouts) {
        return RestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS)
                .property("resteasy.connectionPoolSize", CONNECTIONS)
                .property("resteasy.maxPooledPerRoute", CONNECTIONS)
                .register(ProviderHttpExceptionMapper.class)
                .build(api);
    }
}
