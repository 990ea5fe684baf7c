package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.meetlinks.simulator.http.Json;

/** The bodies of the Zoom events the simulator sends, shaped like Zoom's Marketplace and validation events. */
public final class ZoomEvents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ZoomEvents() {}

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

    /**
     * {@code meeting.deleted}: the host deleted the meeting in Zoom; {@code payload.object} is the meeting as it was
     * ({@code id}, {@code uuid}, {@code host_id}, {@code start_time}, ...).
     */
    public static ObjectNode meetingDeleted(String account, ObjectNode meeting, Instant now) {
        ObjectNode event = meetingEvent("meeting.deleted", account, now);
        ((ObjectNode) event.get("payload")).set("object", meeting);
        return event;
    }

    /**
     * {@code meeting.updated}: the host changed the meeting in Zoom. {@code payload.object} holds the id, the uuid and
     * the changed fields with their new values, {@code payload.old_object} the id, the uuid and their old values.
     */
    public static ObjectNode meetingUpdated(String account, ObjectNode before, ObjectNode after, Instant now) {
        ObjectNode event = meetingEvent("meeting.updated", account, now);
        ObjectNode object = Json.object();
        ObjectNode oldObject = Json.object();
        for (String key : new String[] {"id", "uuid"}) {
            object.set(key, after.get(key));
            oldObject.set(key, before.get(key));
        }
        after.fieldNames().forEachRemaining(key -> {
            if (!after.get(key).equals(before.get(key))) {
                object.set(key, after.get(key));
                oldObject.set(key, before.get(key));
            }
        });
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("time_stamp", now.toEpochMilli());
        payload.set("object", object);
        payload.set("old_object", oldObject);
        return event;
    }

    private static ObjectNode meetingEvent(String type, String account, Instant now) {
        ObjectNode event = Json.object();
        event.put("event", type);
        event.put("event_ts", now.toEpochMilli());
        ObjectNode payload = event.putObject("payload");
        payload.put("account_id", ZoomUser.idOf("account:" + account));
        payload.put("operator", account);
        payload.put("operator_id", ZoomUser.idOf(account));
        payload.put("operation", "single");
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
