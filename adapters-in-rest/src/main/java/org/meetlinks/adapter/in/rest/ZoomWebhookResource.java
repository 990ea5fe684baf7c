package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayInputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.meetlinks.application.port.in.DeauthorizeAccountUseCase;
import org.meetlinks.application.port.in.HandleProviderMeetingChangeUseCase;
import org.meetlinks.domain.Platform;

/**
 * POST /webhooks/zoom: Zoom's event notifications for our Marketplace app. Every request must carry a fresh
 * {@code x-zm-signature} made with {@code meetlinks.zoom.webhook-secret} (else 401, nothing changes). It answers
 * Zoom's {@code endpoint.url_validation} challenge, and on {@code app_deauthorized} deletes that Zoom user's tokens
 * and gives the mentor's upcoming Zoom sessions back to link generation. {@code meeting.deleted} makes the session's
 * meeting anew; {@code meeting.updated} with a new {@code start_time} puts the meeting back to the booked time.
 */
@Path("webhooks/zoom")
@ApplicationScoped
@PermitAll
public class ZoomWebhookResource {
    private static final System.Logger LOG = System.getLogger(ZoomWebhookResource.class.getName());
    private static final int MAX_BODY = 64 * 1024;

    private final DeauthorizeAccountUseCase deauthorize;
    private final HandleProviderMeetingChangeUseCase meetings;
    private final Optional<ZoomWebhookSignature> signature;

    @Inject
    public ZoomWebhookResource(
            DeauthorizeAccountUseCase deauthorize,
            HandleProviderMeetingChangeUseCase meetings,
            @ConfigProperty(name = "meetlinks.zoom.webhook-secret") Optional<String> secret,
            Clock clock) {
        this.deauthorize = deauthorize;
        this.meetings = meetings;
        this.signature = secret.filter(s -> !s.isBlank()).map(s -> new ZoomWebhookSignature(s, clock));
        if (this.signature.isEmpty()) {
            LOG.log(
                    Level.WARNING,
                    "meetlinks.zoom.webhook-secret is not set: Zoom's events (deauthorization) are refused");
        }
    }

    /** For CDI client proxies only. */
    protected ZoomWebhookResource() {
        this.deauthorize = null;
        this.meetings = null;
        this.signature = Optional.empty();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Zoom's signed event notifications: endpoint validation, app deauthorization, meetings "
                    + "deleted or moved in Zoom")
    public Response receive(
            @HeaderParam("x-zm-request-timestamp") String timestamp,
            @HeaderParam("x-zm-signature") String signed,
            byte[] body) {
        if (signature.isEmpty()
                || body == null
                || body.length > MAX_BODY
                || !signature.get().verifies(timestamp, signed, body)) {
            LOG.log(Level.WARNING, "Refused a Zoom webhook request: missing, wrong or stale signature");
            return Problem.of(Status.UNAUTHORIZED, "Unauthorized", "the request is not signed by Zoom (or too old)");
        }
        Optional<JsonObject> event = parse(body);
        String type = event.map(e -> text(e, "event")).orElse("");
        JsonObject payload = event.map(e -> e.getJsonObject("payload")).orElse(JsonValue.EMPTY_JSON_OBJECT);
        return switch (type) {
            case "endpoint.url_validation" -> validation(payload);
            case "app_deauthorized" -> deauthorized(payload);
            case "meeting.deleted" -> meetingDeleted(payload);
            case "meeting.updated" -> meetingUpdated(payload);
            default -> {
                LOG.log(Level.INFO, "Ignored a Zoom event of type {0}", type.isEmpty() ? "(none)" : type);
                yield Response.noContent().build();
            }
        };
    }

    private Response validation(JsonObject payload) {
        String plainToken = text(payload, "plainToken");
        if (plainToken.isEmpty()) {
            return Problem.ofField(Status.BAD_REQUEST, "Invalid event", "payload.plainToken", "plainToken is required");
        }
        String answer = Json.createObjectBuilder()
                .add("plainToken", plainToken)
                .add("encryptedToken", signature.orElseThrow().encryptedToken(plainToken))
                .build()
                .toString();
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }

    private Response deauthorized(JsonObject payload) {
        String userId = text(payload, "user_id");
        if (userId.isEmpty()) {
            return Problem.ofField(Status.BAD_REQUEST, "Invalid event", "payload.user_id", "user_id is required");
        }
        int sessions = deauthorize.accountDeauthorized(Platform.ZOOM, userId);
        LOG.log(Level.INFO, "Zoom user {0} removed the app; {1} upcoming sessions get a new link", new Object[] {
            userId, sessions
        });
        return Response.noContent().build();
    }

    private Response meetingDeleted(JsonObject payload) {
        Optional<String> meetingId = meetingId(payload, "object");
        if (meetingId.isEmpty()) {
            return Problem.ofField(
                    Status.BAD_REQUEST, "Invalid event", "payload.object.id", "the meeting id is required");
        }
        boolean recreated = meetings.meetingDeleted(Platform.ZOOM, meetingId.get());
        LOG.log(Level.INFO, "Zoom meeting {0} was deleted in Zoom; {1}", new Object[] {
            meetingId.get(), recreated ? "its session gets a new meeting" : "no upcoming session had it"
        });
        return Response.noContent().build();
    }

    /** Only a changed start matters: Zoom's {@code object} carries the changed fields (and the id) only. */
    private Response meetingUpdated(JsonObject payload) {
        Optional<String> meetingId = meetingId(payload, "object");
        if (meetingId.isEmpty()) {
            return Problem.ofField(
                    Status.BAD_REQUEST, "Invalid event", "payload.object.id", "the meeting id is required");
        }
        JsonObject object = payload.getJsonObject("object");
        String start = text(object, "start_time");
        if (start.isEmpty()) {
            return Response.noContent().build();
        }
        Instant startsAt;
        try {
            startsAt = Instant.parse(start);
        } catch (DateTimeParseException e) {
            return Problem.ofField(
                    Status.BAD_REQUEST,
                    "Invalid event",
                    "payload.object.start_time",
                    "start_time must be a UTC date-time such as 2030-01-01T10:00:00Z");
        }
        boolean putBack = meetings.meetingMoved(Platform.ZOOM, meetingId.get(), startsAt);
        LOG.log(Level.INFO, "Zoom meeting {0} now starts {1} in Zoom; {2}", new Object[] {
            meetingId.get(), start, putBack ? "put back to the booked time" : "nothing to do"
        });
        return Response.noContent().build();
    }

    /** Zoom meeting ids are numbers in the JSON (int64); a string form is read too. */
    private static Optional<String> meetingId(JsonObject payload, String name) {
        JsonValue object = payload.get(name);
        if (!(object instanceof JsonObject o)) {
            return Optional.empty();
        }
        JsonValue id = o.get("id");
        if (id instanceof JsonNumber n && n.isIntegral()) {
            return Optional.of(n.bigIntegerValue().toString());
        }
        if (id instanceof JsonString s && s.getString().matches("\\d{1,20}")) {
            return Optional.of(s.getString());
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> parse(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            LOG.log(Level.WARNING, "A signed Zoom webhook body is not a JSON object: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? s.getString() : "";
    }
}
