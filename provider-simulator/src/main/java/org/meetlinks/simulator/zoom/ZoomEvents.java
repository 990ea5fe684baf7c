package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.meetlinks.simulator.http.Json;

/** The bodies of the Zoom events the simulator sends, shaped like Zoom's Marketplace and validation events. */
public final class ZoomEvents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ZoomEvents() {
    }

    /** {@code app_deauthorized}: the user removed the app; its tokens no longer work. */
    public static ObjectNode appDeauthorized(String account, String clientId, Instant now) {
        ObjectNode event = Json.object();
        event.put("event", "app_deauthorized");
        event.put("event_ts", now.toEpochMilli());
        ObjectNode payload = event.putObject("payload");
        payload.put("account_id", ZoomUser.idOf("account:" + account));
        payload.put("user_id", ZoomUser.idOf(account));
        byte[] signature = new byte[32];
        RANDOM.nextBytes(signature);
        payload.put("signature", HexFormat.of().formatHex(signature));
        payload.put("deauthorization_time", now.toString());
        payload.put("client_id", clientId);
        return event;
    }

    /** {@code endpoint.url_validation}: the endpoint must answer the plain token and its HMAC. */
    public static ObjectNode urlValidation(String plainToken, Instant now) {
        ObjectNode event = Json.object();
        event.put("event", "endpoint.url_validation");
        event.put("event_ts", now.toEpochMilli());
        event.putObject("payload").put("plainToken", plainToken);
        return event;
    }
}
