package org.meetlinks.simulator.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.meetlinks.simulator.http.Json;

/** One simulated calendar event with its Meet conference; all access is synchronized on the event. */
public final class GoogleEvent {

    /** Lifecycle of the conference create request. */
    public enum ConferenceStatus {
        NONE,
        PENDING,
        SUCCESS,
        FAILURE
    }

    private static final DateTimeFormatter RFC3339_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String id;
    private final String account;
    private final boolean clientSuppliedId;
    private final Instant created;
    private ObjectNode fields;
    private Instant updated;
    private int sequence;
    private boolean deleted;
    private String sendUpdates;
    private final EventConference conference = new EventConference();

    /** Creates an event from the client's fields (server fields, see {@link EventFields}, are dropped). */
    public GoogleEvent(
            String id,
            String account,
            boolean clientSuppliedId,
            ObjectNode clientFields,
            Instant now,
            String sendUpdates) {
        this.id = id;
        this.account = account;
        this.clientSuppliedId = clientSuppliedId;
        this.created = now;
        this.updated = now;
        this.fields = EventFields.clientOwned(clientFields);
        this.sendUpdates = sendUpdates;
    }

    /** Event id. */
    public String id() {
        return id;
    }

    /** Calendar owner (account e-mail). */
    public String account() {
        return account;
    }

    /** Whether it is deleted (status cancelled). */
    public synchronized boolean isDeleted() {
        return deleted;
    }

    /** Attaches a conference created with the given request id and initial status. */
    public synchronized void attachConference(
            String newRequestId, String type, ConferenceStatus status, int pendingReads, String code) {
        conference.attach(newRequestId, type, status, pendingReads, code);
    }

    /** Whether a conference (in any state) is attached. */
    public synchronized boolean hasConference() {
        return conference.isAttached();
    }

    /** Removes the conference (PUT with conferenceDataVersion=1 and no conferenceData). */
    public synchronized void removeConference() {
        conference.remove();
    }

    /** A read (events.get): advances a pending conference, then renders. */
    public synchronized ObjectNode read() {
        conference.countRead();
        return render();
    }

    /** Applies a change: patch merges, otherwise the fields are replaced; counts sequence and updated time. */
    public synchronized void change(JsonNode body, boolean patch, Instant now, String newSendUpdates) {
        if (patch) {
            JsonMerge.merge(fields, EventFields.clientOwned(body));
        } else {
            fields = EventFields.clientOwned(body);
        }
        sequence++;
        updated = now;
        sendUpdates = newSendUpdates;
    }

    /** The merged client fields (a copy) to validate a change against. */
    public synchronized ObjectNode fieldsCopy() {
        return fields.deepCopy();
    }

    /** Marks the event deleted (Google keeps it with status "cancelled"). */
    public synchronized void delete(Instant now, String newSendUpdates) {
        deleted = true;
        updated = now;
        sendUpdates = newSendUpdates;
    }

    /** The event as the Calendar API returns it. */
    public synchronized ObjectNode render() {
        ObjectNode e = Json.object();
        e.put("kind", "calendar#event");
        e.put("etag", "\"" + updated.toEpochMilli() + sequence + "\"");
        e.put("id", id);
        e.put("status", deleted ? "cancelled" : fields.path("status").asText("confirmed"));
        e.put(
                "htmlLink",
                "https://www.google.com/calendar/event?eid="
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString((id + " " + account).getBytes(StandardCharsets.UTF_8)));
        e.put("created", RFC3339_MILLIS.format(created));
        e.put("updated", RFC3339_MILLIS.format(updated));
        fields.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("status")) {
                e.set(f.getKey(), f.getValue().deepCopy());
            }
        });
        e.putObject("creator").put("email", account).put("self", true);
        e.putObject("organizer").put("email", account).put("self", true);
        e.put("iCalUID", id + "@google.com");
        e.put("sequence", sequence);
        if (!fields.has("reminders")) {
            e.putObject("reminders").put("useDefault", true);
        }
        if (!fields.has("eventType")) {
            e.put("eventType", "default");
        }
        if (conference.isAttached()) {
            e.set("conferenceData", conference.render());
            conference.meetUri().ifPresent(uri -> e.put("hangoutLink", uri));
        }
        return e;
    }

    /** One row of GET /__sim/meetings. */
    public synchronized ObjectNode listing() {
        ObjectNode n = Json.object();
        n.put("provider", "google");
        n.put("id", id);
        n.put("clientEventId", clientSuppliedId ? id : null);
        n.put("requestId", conference.requestId());
        n.put("account", account);
        n.put("start", timeText(fields.path("start")));
        n.put("end", timeText(fields.path("end")));
        n.put("title", fields.path("summary").asText(null));
        n.put("description", fields.path("description").asText(null));
        n.put("joinUrl", conference.meetUri().orElse(null));
        n.put("conferenceStatus", conference.statusName());
        n.put("sendUpdates", sendUpdates);
        n.put("sequence", sequence);
        n.put("deleted", deleted);
        n.put("createdAt", created.toString());
        return n;
    }

    private static String timeText(JsonNode time) {
        if (time.hasNonNull("dateTime")) {
            return time.get("dateTime").asText();
        }
        return time.hasNonNull("date") ? time.get("date").asText() : null;
    }
}
