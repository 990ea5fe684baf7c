package org.meetlinks.adapter.out.providers.common;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Builds MP Rest Client proxies for a provider API: base URL and connect/read timeouts from configuration. */
public final class RestClients {
    private RestClients() {
    }

    public static <T> T build(Class<T> api, URI baseUri, HttpTimeouts timeouts) {
        return RestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS)
                .register(ProviderHttpExceptionMapper.class)
                .build(api);
    }
}
