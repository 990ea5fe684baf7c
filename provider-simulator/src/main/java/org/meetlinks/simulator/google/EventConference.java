package org.meetlinks.simulator.google;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.meetlinks.simulator.google.GoogleEvent.ConferenceStatus;
import org.meetlinks.simulator.http.Json;

/**
 * The Meet conference of one simulated event: its create request, its status (a pending one succeeds after a number
 * of reads) and its Meet code, rendered as Google renders {@code conferenceData}. Only its event uses it, under the
 * event's lock.
 */
final class EventConference {
    private String requestId;
    private String solutionType;
    private String meetCode;
    private ConferenceStatus status = ConferenceStatus.NONE;
    private int pendingReadsLeft;

    /** A conference made with the given create request; a failed one has no Meet code. */
    void attach(String newRequestId, String type, ConferenceStatus initial, int pendingReads, String code) {
        this.requestId = newRequestId;
        this.solutionType = type;
        this.status = initial;
        this.pendingReadsLeft = pendingReads;
        this.meetCode = initial == ConferenceStatus.FAILURE ? null : code;
    }

    /** No conference any more (its request id and code go too). */
    void remove() {
        status = ConferenceStatus.NONE;
        requestId = null;
        meetCode = null;
    }

    /** A read of the event: a pending conference comes one read closer to success. */
    void countRead() {
        if (status == ConferenceStatus.PENDING && --pendingReadsLeft <= 0) {
            status = ConferenceStatus.SUCCESS;
        }
    }

    boolean isAttached() {
        return status != ConferenceStatus.NONE;
    }

    String requestId() {
        return requestId;
    }

    /** The status as the API spells it ({@code pending}, {@code success}, ...). */
    String statusName() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The Meet URL, once the conference succeeded. */
    Optional<String> meetUri() {
        return status == ConferenceStatus.SUCCESS ? Optional.of(uri()) : Optional.empty();
    }

    /** The event's {@code conferenceData} as the Calendar API returns it. */
    ObjectNode render() {
        ObjectNode data = Json.object();
        ObjectNode create = data.putObject("createRequest");
        create.put("requestId", requestId);
        create.putObject("conferenceSolutionKey").put("type", solutionType);
        create.putObject("status").put("statusCode", statusName());
        if (status == ConferenceStatus.SUCCESS) {
            ArrayNode entryPoints = data.putArray("entryPoints");
            entryPoints
                    .addObject()
                    .put("entryPointType", "video")
                    .put("uri", uri())
                    .put("label", "meet.google.com/" + meetCode);
            String pin = pin();
            entryPoints
                    .addObject()
                    .put("entryPointType", "phone")
                    .put("uri", "tel:+1-555-010-0" + pin.substring(0, 3))
                    .put("label", "+1 555-010-0" + pin.substring(0, 3))
                    .put("pin", pin)
                    .put("regionCode", "US");
            entryPoints
                    .addObject()
                    .put("entryPointType", "more")
                    .put("uri", "https://tel.meet/" + meetCode + "?pin=" + pin)
                    .put("pin", pin);
            ObjectNode solution = data.putObject("conferenceSolution");
            solution.putObject("key").put("type", solutionType);
            solution.put("name", "Google Meet");
            solution.put(
                    "iconUri",
                    "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/"
                            + "logo_meet_2020q4_color_2x_web_512dp.png");
            data.put("conferenceId", meetCode);
        }
        return data;
    }

    private String uri() {
        return "https://meet.google.com/" + meetCode;
    }

    private String pin() {
        long n = Math.floorMod((long) meetCode.hashCode() * 7919L, 1_000_000_000L);
        return String.format("%09d", n);
    }
}
