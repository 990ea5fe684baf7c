package org.meetlinks.adapter.out.providers.common;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** MP Rest Client hook: turns every 4xx/5xx answer into a {@link ProviderHttpException} with its body and headers. */
public class ProviderHttpExceptionMapper implements ResponseExceptionMapper<ProviderHttpException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public ProviderHttpException toThrowable(Response response) {
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> header :
                response.getStringHeaders().entrySet()) {
            if (!header.getValue().isEmpty()) {
                headers.put(
                        header.getKey().toLowerCase(Locale.ROOT),
                        header.getValue().get(0));
            }
        }
        return new ProviderHttpException(response.getStatus(), body(response), headers);
    }

    private static String body(Response response) {
        if (!response.hasEntity()) {
            return "";
        }
        try {
            response.bufferEntity();
            String text = response.readEntity(String.class);
            return text == null ? "" : text;
        } catch (ProcessingException | IllegalStateException e) {
            return "(unreadable error body: " + e.getMessage() + ")";
        }
    }
}
