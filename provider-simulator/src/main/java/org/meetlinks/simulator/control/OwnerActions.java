package org.meetlinks.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.google.GoogleEvent;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.zoom.ZoomEvents;
import org.meetlinks.simulator.zoom.ZoomMeeting;
import org.meetlinks.simulator.zoom.ZoomMeetingValues;
import org.meetlinks.simulator.zoom.ZoomWebhook;

/**
 * {@code DELETE|PATCH /__sim/meetings/{id}}: what the account owner does in Zoom's or Google Calendar's own UI,
 * outside the API: delete the meeting (Google keeps the event as {@code cancelled}) or move it ({@code start},
 * {@code durationMinutes}). For Zoom the signed {@code meeting.deleted} / {@code meeting.updated} event goes to the
 * configured webhook endpoint, as Zoom sends it to the app's event subscription.
 */
final class OwnerActions {
    private static final System.Logger LOG = System.getLogger(OwnerActions.class.getName());

    private final Simulation sim;

    OwnerActions(Simulation sim) {
        this.sim = sim;
    }

    SimResponse handle(SimRequest request, String id) {
        Optional<String> provider = request.query("provider");
        Optional<String> account = request.query("account");
        if (provider.isPresent() && Provider.fromId(provider.get()).isEmpty()) {
            throw new IllegalArgumentException("provider must be google or zoom");
        }
        boolean zoomOnly = provider.map("zoom"::equals).orElse(false);
        boolean googleOnly = provider.map("google"::equals).orElse(false);
        if (!googleOnly) {
            Optional<ZoomMeeting> zoom = zoomMeeting(id)
                    .filter(m -> !m.isDeleted())
                    .filter(m ->
                            account.map(a -> a.equalsIgnoreCase(m.account())).orElse(true));
            if (zoom.isPresent()) {
                return request.method().equals("DELETE") ? deleteZoom(zoom.get()) : moveZoom(zoom.get(), request);
            }
        }
        if (!zoomOnly) {
            List<GoogleEvent> events = sim.googleEvents().all().stream()
                    .filter(e -> e.id().equals(id) && !e.isDeleted())
                    .filter(e ->
                            account.map(a -> a.equalsIgnoreCase(e.account())).orElse(true))
                    .toList();
            if (events.size() > 1) {
                throw new IllegalArgumentException("event " + id + " is in several calendars: add ?account=<email>");
            }
            if (events.size() == 1) {
                return request.method().equals("DELETE")
                        ? deleteGoogle(events.get(0))
                        : moveGoogle(events.get(0), request);
            }
        }
        ObjectNode n = Json.object();
        n.put("error", "not_found");
        n.put("message", "no live meeting or event " + id);
        return SimResponse.json(404, n);
    }

    private Optional<ZoomMeeting> zoomMeeting(String id) {
        try {
            return sim.zoomMeetings().find(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private SimResponse deleteZoom(ZoomMeeting meeting) {
        ObjectNode before = meeting.eventObject();
        meeting.delete();
        LOG.log(Level.INFO, () -> "The owner deleted Zoom meeting " + meeting.id());
        return answer(
                "zoom",
                String.valueOf(meeting.id()),
                "deleted",
                notify(ZoomEvents.meetingDeleted(meeting.account(), before, sim.now())));
    }

    private SimResponse moveZoom(ZoomMeeting meeting, SimRequest request) {
        Move move = Move.parse(request.body());
        ObjectNode before = meeting.eventObject();
        Instant start =
                move.start().orElse(Instant.parse(before.get("start_time").asText()));
        meeting.update(new ZoomMeetingValues(null, null, start, move.minutes().orElse(null), null, null, null, null));
        LOG.log(Level.INFO, () -> "The owner moved Zoom meeting " + meeting.id() + " to " + start);
        return answer(
                "zoom",
                String.valueOf(meeting.id()),
                "moved",
                notify(ZoomEvents.meetingUpdated(meeting.account(), before, meeting.eventObject(), sim.now())));
    }

    private SimResponse deleteGoogle(GoogleEvent event) {
        event.delete(sim.now(), "all");
        LOG.log(Level.INFO, () -> "The owner deleted calendar event " + event.id());
        return answer("google", event.id(), "deleted", Optional.empty());
    }

    private SimResponse moveGoogle(GoogleEvent event, SimRequest request) {
        Move move = Move.parse(request.body());
        ObjectNode fields = event.fieldsCopy();
        OffsetDateTime oldStart = dateTime(fields.path("start"));
        OffsetDateTime oldEnd = dateTime(fields.path("end"));
        ZoneId zone = ZoneId.of(fields.path("start").path("timeZone").asText("UTC"));
        Instant start = move.start().orElse(oldStart.toInstant());
        Duration length = move.minutes().map(m -> Duration.ofMinutes(m)).orElse(Duration.between(oldStart, oldEnd));
        ObjectNode patch = Json.object();
        patch.set("start", eventTime(start, zone));
        patch.set("end", eventTime(start.plus(length), zone));
        event.change(patch, true, sim.now(), "all");
        LOG.log(Level.INFO, () -> "The owner moved calendar event " + event.id() + " to " + start);
        return answer("google", event.id(), "moved", Optional.empty());
    }

    private Optional<ZoomWebhook.Delivery> notify(ObjectNode event) {
        if (sim.zoomWebhook().url() == null || !sim.zoomWebhook().hasSecret()) {
            LOG.log(
                    Level.INFO,
                    "No Zoom webhook endpoint configured: the "
                            + event.get("event").asText() + " event is not sent");
            return Optional.empty();
        }
        return Optional.of(sim.zoomWebhook().send(event, sim.now()));
    }

    private static SimResponse answer(String provider, String id, String done, Optional<ZoomWebhook.Delivery> sent) {
        ObjectNode n = Json.object();
        n.put("provider", provider);
        n.put("id", id);
        n.put("done", done);
        if (sent.isPresent()) {
            n.put("webhookStatus", sent.get().status());
        } else {
            n.putNull("webhookStatus");
        }
        return SimResponse.json(200, n);
    }

    private static OffsetDateTime dateTime(JsonNode time) {
        try {
            return OffsetDateTime.parse(time.path("dateTime").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("only events with a dateTime start and end can be moved", e);
        }
    }

    private static ObjectNode eventTime(Instant at, ZoneId zone) {
        ObjectNode n = Json.object();
        n.put("dateTime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone)));
        n.put("timeZone", zone.getId());
        return n;
    }

    /** The body of a PATCH: the new start and/or length. */
    private record Move(Optional<Instant> start, Optional<Integer> minutes) {
        static Move parse(String text) {
            ControlBody body = ControlBody.parse(text, Set.of("start", "durationMinutes"));
            Optional<Instant> start = Optional.ofNullable(body.string("start")).map(s -> {
                try {
                    return Instant.parse(s);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'start' must be a UTC instant such as 2030-01-01T10:00:00Z", e);
                }
            });
            Optional<Integer> minutes =
                    Optional.ofNullable(body.integer("durationMinutes")).map(Long::intValue);
            if (start.isEmpty() && minutes.isEmpty()) {
                throw new IllegalArgumentException("give 'start' and/or 'durationMinutes'");
            }
            if (minutes.filter(m -> m < 1).isPresent()) {
                throw new IllegalArgumentException("'durationMinutes' must be at least 1");
            }
            return new Move(start, minutes);
        }
    }
}
