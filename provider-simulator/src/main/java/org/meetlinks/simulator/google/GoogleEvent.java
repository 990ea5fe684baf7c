package org.meetlinks.simulator.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Set;
import org.meetlinks.simulator.http.Json;

/** One simulated calendar event with its Meet conference; all access is synchronized on the event. */
public final class GoogleEvent {

    /** Lifecycle of the conference create request. */
    public enum ConferenceStatus {
        NONE, PENDING, SUCCESS, FAILURE
    }

    /** Fields the server owns; values a client sends for them are ignored. */
    public static final Set<String> SERVER_FIELDS = Set.of("kind", "etag", "id", "htmlLink", "created", "updated",
            "creator", "organizer", "hangoutLink", "conferenceData", "iCalUID");

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
    private String requestId;
    private String solutionType;
    private String meetCode;
    private ConferenceStatus conference = ConferenceStatus.NONE;
    private int pendingReadsLeft;

    /** Creates an event from the client's fields (server fields are dropped). */
    public GoogleEvent(String id, String account, boolean clientSuppliedId, ObjectNode clientFields, Instant now,
                       String sendUpdates) {
        this.id = id;
        this.account = account;
        this.clientSuppliedId = clientSuppliedId;
        this.created = now;
        this.updated = now;
        this.fields = clientOwned(clientFields);
        this.sendUpdates = sendUpdates;
    }

    /** Keeps only client-owned fields of a request body. */
    public static ObjectNode clientOwned(JsonNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove(SERVER_FIELDS);
        return copy;
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
    public synchronized void attachConference(String newRequestId, String type, ConferenceStatus status,
                                              int pendingReads, String code) {
        this.requestId = newRequestId;
        this.solutionType = type;
        this.conference = status;
        this.pendingReadsLeft = pendingReads;
        this.meetCode = status == ConferenceStatus.FAILURE ? null : code;
    }

    /** Whether a conference (in any state) is attached. */
    public synchronized boolean hasConference() {
        return conference != ConferenceStatus.NONE;
    }

    /** Removes the conference (PUT with conferenceDataVersion=1 and no conferenceData). */
    public synchronized void removeConference() {
        conference = ConferenceStatus.NONE;
        requestId = null;
        meetCode = null;
    }

    /** A read (events.get): advances a pending conference, then renders. */
    public synchronized ObjectNode read() {
        if (conference == ConferenceStatus.PENDING && --pendingReadsLeft <= 0) {
            conference = ConferenceStatus.SUCCESS;
        }
        return render();
    }

    /** Applies a change: patch merges, otherwise the fields are replaced; counts sequence and updated time. */
    public synchronized void change(JsonNode body, boolean patch, Instant now, String newSendUpdates) {
        if (patch) {
            JsonMerge.merge(fields, clientOwned(body));
        } else {
            fields = clientOwned(body);
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
        e.put("htmlLink", "https://www.google.com/calendar/event?eid=" + Base64.getUrlEncoder().withoutPadding()
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
        if (conference != ConferenceStatus.NONE) {
            e.set("conferenceData", conferenceData());
            if (conference == ConferenceStatus.SUCCESS) {
                e.put("hangoutLink", meetUri());
            }
        }
        return e;
    }

    private ObjectNode conferenceData() {
        ObjectNode data = Json.object();
        ObjectNode create = data.putObject("createRequest");
        create.put("requestId", requestId);
        create.putObject("conferenceSolutionKey").put("type", solutionType);
        create.putObject("status").put("statusCode", conference.name().toLowerCase(java.util.Locale.ROOT));
        if (conference == ConferenceStatus.SUCCESS) {
            ArrayNode entryPoints = data.putArray("entryPoints");
            entryPoints.addObject().put("entryPointType", "video").put("uri", meetUri())
                    .put("label", "meet.google.com/" + meetCode);
            String pin = pin();
            entryPoints.addObject().put("entryPointType", "phone").put("uri", "tel:+1-555-010-0" + pin.substring(0, 3))
                    .put("label", "+1 555-010-0" + pin.substring(0, 3)).put("pin", pin).put("regionCode", "US");
            entryPoints.addObject().put("entryPointType", "more").put("uri", "https://tel.meet/" + meetCode
                    + "?pin=" + pin).put("pin", pin);
            ObjectNode solution = data.putObject("conferenceSolution");
            solution.putObject("key").put("type", solutionType);
            solution.put("name", "Google Meet");
            solution.put("iconUri", "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/"
                    + "logo_meet_2020q4_color_2x_web_512dp.png");
            data.put("conferenceId", meetCode);
        }
        return data;
    }

    private String meetUri() {
        return "https://meet.google.com/" + meetCode;
    }

    private String pin() {
        long n = Math.floorMod((long) meetCode.hashCode() * 7919L, 1_000_000_000L);
        return String.format("%09d", n);
    }

    /** One row of GET /__sim/meetings. */
    public synchronized ObjectNode listing() {
        ObjectNode n = Json.object();
        n.put("provider", "google");
        n.put("id", id);
        n.put("clientEventId", clientSuppliedId ? id : null);
        n.put("requestId", requestId);
        n.put("account", account);
        n.put("start", timeText(fields.path("start")));
        n.put("end", timeText(fields.path("end")));
        n.put("title", fields.path("summary").asText(null));
        n.put("description", fields.path("description").asText(null));
        n.put("joinUrl", conference == ConferenceStatus.SUCCESS ? meetUri() : null);
        n.put("conferenceStatus", conference.name().toLowerCase(java.util.Locale.ROOT));
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
