package org.meetlinks.simulator.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** WireMock extension that hands every request of the catch-all stub to the simulator's {@link Handler}. */
public final class WireMockBridge implements ResponseDefinitionTransformerV2 {

    /** Name under which the catch-all stub refers to this transformer. */
    public static final String NAME = "meetlinks-provider-simulator";

    private final Handler handler;

    /** Creates the bridge in front of the given root handler. */
    public WireMockBridge(Handler handler) {
        this.handler = handler;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), header.values());
        }
        SimRequest simRequest = SimRequest.of(request.getMethod().getName(), request.getUrl(), headers,
                request.getBodyAsString());
        SimResponse response = handler.handle(simRequest);
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
        response.headers().forEach(builder::withHeader);
        if (response.body() != null) {
            builder.withBody(response.body());
        }
        if (response.delayMs() > 0) {
            builder.withFixedDelay((int) Math.min(Integer.MAX_VALUE, response.delayMs()));
        }
        return builder.build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
