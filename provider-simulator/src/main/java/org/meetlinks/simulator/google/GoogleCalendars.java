package org.meetlinks.simulator.google;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.api.ApiCall;
import org.meetlinks.simulator.api.ApiRejection;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimResponse;

/** The caller's primary calendar: its resources, and whether it allows Meet (an admin may have turned Meet off). */
final class GoogleCalendars {
    /** The conference solution that makes a Meet link. */
    static final String HANGOUTS_MEET = "hangoutsMeet";

    private final Simulation sim;

    GoogleCalendars(Simulation sim) {
        this.sim = sim;
    }

    /** calendars.get: the caller's primary calendar, with the conference solutions it allows. */
    SimResponse calendar(ApiCall call) {
        ObjectNode n = primaryCalendar(call, "calendar#calendar");
        conferenceProperties(call, n);
        return SimResponse.json(200, n);
    }

    /** What both views of the caller's primary calendar start with, once its path is checked. */
    private static ObjectNode primaryCalendar(ApiCall call, String kind) {
        checkCalendar(call);
        ObjectNode n = Json.object();
        n.put("kind", kind);
        n.put("etag", "\"" + Integer.toHexString(call.account().hashCode()) + "\"");
        n.put("id", call.account());
        n.put("summary", call.account());
        n.put("timeZone", "UTC");
        return n;
    }

    /** A Workspace admin can turn Meet off: the calendar then offers no hangoutsMeet conferences. */
    private void conferenceProperties(ApiCall call, ObjectNode calendar) {
        ArrayNode types = calendar.putObject("conferenceProperties").putArray("allowedConferenceSolutionTypes");
        if (!sim.accounts().of(call.account()).meetTurnedOff()) {
            types.add(HANGOUTS_MEET);
        }
    }

    /** Google's answer to a Meet conference on a calendar that does not allow it. */
    void checkMeetAllowed(ApiCall call) {
        if (sim.accounts().of(call.account()).meetTurnedOff()) {
            throw ApiRejection.outcome(GoogleErrors.badRequest("invalid", "Invalid conference type value.", null));
        }
    }

    /** calendarList.get: the primary calendar as the caller's list shows it. */
    SimResponse calendarListEntry(ApiCall call) {
        ObjectNode n = primaryCalendar(call, "calendar#calendarListEntry");
        n.put("accessRole", "owner");
        n.put("primary", true);
        n.put("selected", true);
        conferenceProperties(call, n);
        return SimResponse.json(200, n);
    }

    /** The path's calendar must be {@code primary} or the caller's own; any other is not found. */
    static void checkCalendar(ApiCall call) {
        String calendarId = call.param("calendarId");
        if (!"primary".equals(calendarId) && !call.account().equalsIgnoreCase(calendarId)) {
            throw ApiRejection.outcome(GoogleErrors.notFound());
        }
    }
}
