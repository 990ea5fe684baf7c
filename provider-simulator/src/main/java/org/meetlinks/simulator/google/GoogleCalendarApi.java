package org.meetlinks.simulator.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.api.ApiCall;
import org.meetlinks.simulator.api.ApiPipeline;
import org.meetlinks.simulator.api.ApiRejection;
import org.meetlinks.simulator.api.ApiRoute;
import org.meetlinks.simulator.faults.FaultSettings;
import org.meetlinks.simulator.faults.Operation;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.validation.ScopeRequirements;
import org.meetlinks.simulator.validation.SpecLoader;
import org.meetlinks.simulator.validation.SpecValidator;

/** The simulated Calendar v3 operations: events insert/get/patch/update/delete, calendars.get, calendarList.get. */
public final class GoogleCalendarApi {

    /** Where the API is mounted; the spec's server URL https://www.googleapis.com/calendar/v3 maps here. */
    public static final String BASE_PATH = "/google/calendar/v3";

    private static final String EVENTS = "/calendars/{calendarId}/events";
    private static final String EVENT = "/calendars/{calendarId}/events/{eventId}";

    private final Simulation sim;
    private final GoogleCalendars calendars;

    private GoogleCalendarApi(Simulation sim) {
        this.sim = sim;
        this.calendars = new GoogleCalendars(sim);
    }

    /** The operations served under {@link #BASE_PATH}, each run through the API pipeline. */
    public static ApiPipeline pipeline(Simulation sim) {
        GoogleCalendarApi api = new GoogleCalendarApi(sim);
        List<ApiRoute> routes = List.of(
                new ApiRoute("POST", EVENTS, Operation.CREATE, true, api::insert),
                new ApiRoute("GET", EVENT, Operation.GET, true, api::get),
                new ApiRoute("PATCH", EVENT, Operation.UPDATE, true, call -> api.change(call, true)),
                new ApiRoute("PUT", EVENT, Operation.UPDATE, true, call -> api.change(call, false)),
                new ApiRoute("DELETE", EVENT, Operation.DELETE, true, api::delete),
                new ApiRoute("GET", "/calendars/{calendarId}", Operation.PROFILE, true, api.calendars::calendar),
                new ApiRoute(
                        "GET",
                        "/users/me/calendarList/{calendarId}",
                        Operation.PROFILE,
                        true,
                        api.calendars::calendarListEntry));
        ObjectNode spec = SpecLoader.load(Provider.GOOGLE);
        return new ApiPipeline(
                Provider.GOOGLE,
                BASE_PATH,
                routes,
                new GoogleErrors(),
                new SpecValidator(spec, BASE_PATH),
                new ScopeRequirements(spec),
                sim);
    }

    private SimResponse insert(ApiCall call) {
        GoogleCalendars.checkCalendar(call);
        ObjectNode body = EventRequests.body(call);
        EventRequests.requireConferenceVersion1(call);
        JsonNode createRequest = body.path("conferenceData").path("createRequest");
        String requestId = GoogleEventRules.checkCreateRequest(createRequest);
        calendars.checkMeetAllowed(call);
        GoogleEventRules.checkTimes(body);
        GoogleEventRules.checkDescription(body);
        Optional<String> clientId = EventRequests.clientEventId(body);
        String id = clientId.orElseGet(GoogleCalendarApi::randomEventId);
        GoogleEvent event = new GoogleEvent(
                id, call.account(), clientId.isPresent(), body, call.now(), EventRequests.sendUpdates(call));
        FaultSettings faults = sim.faults(Provider.GOOGLE).settings();
        GoogleEvent.ConferenceStatus status;
        if (sim.faults(Provider.GOOGLE).takeConferenceFailure()) {
            status = GoogleEvent.ConferenceStatus.FAILURE;
        } else {
            status = faults.pendingReads() > 0
                    ? GoogleEvent.ConferenceStatus.PENDING
                    : GoogleEvent.ConferenceStatus.SUCCESS;
        }
        event.attachConference(
                requestId,
                GoogleCalendars.HANGOUTS_MEET,
                status,
                faults.pendingReads(),
                sim.googleEvents().newMeetCode());
        if (sim.googleEvents().insertIfAbsent(event).isPresent()) {
            throw ApiRejection.outcome(GoogleErrors.duplicate());
        }
        return SimResponse.json(200, event.render());
    }

    private SimResponse get(ApiCall call) {
        GoogleCalendars.checkCalendar(call);
        return SimResponse.json(200, existing(call).read());
    }

    private SimResponse change(ApiCall call, boolean patch) {
        GoogleCalendars.checkCalendar(call);
        GoogleEvent event = existing(call);
        if (event.isDeleted()) {
            throw ApiRejection.outcome(GoogleErrors.deleted());
        }
        ObjectNode body = EventRequests.body(call);
        if (body.has("id") && !call.param("eventId").equals(Json.text(body, "id"))) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest("invalid", "Invalid resource id value.", "id"),
                    "the body's id differs from the event id in the path (ids cannot be changed)");
        }
        ObjectNode result = patch ? event.fieldsCopy() : EventFields.clientOwned(body);
        if (patch) {
            JsonMerge.merge(result, EventFields.clientOwned(body));
        }
        GoogleEventRules.checkTimes(result);
        GoogleEventRules.checkDescription(result);
        boolean conferenceVersion1 = EventRequests.conferenceVersion1(call);
        JsonNode conferenceData = body.get("conferenceData");
        if (conferenceVersion1
                && conferenceData != null
                && conferenceData.has("createRequest")
                && !event.hasConference()) {
            String requestId = GoogleEventRules.checkCreateRequest(conferenceData.get("createRequest"));
            calendars.checkMeetAllowed(call);
            event.attachConference(
                    requestId,
                    GoogleCalendars.HANGOUTS_MEET,
                    GoogleEvent.ConferenceStatus.SUCCESS,
                    0,
                    sim.googleEvents().newMeetCode());
        } else if (conferenceVersion1
                && (patch ? conferenceData != null && conferenceData.isNull() : conferenceData == null)) {
            event.removeConference();
        }
        event.change(body, patch, call.now(), EventRequests.sendUpdates(call));
        return SimResponse.json(200, event.render());
    }

    private SimResponse delete(ApiCall call) {
        GoogleCalendars.checkCalendar(call);
        GoogleEvent event = existing(call);
        synchronized (event) {
            if (event.isDeleted()) {
                throw ApiRejection.outcome(GoogleErrors.deleted());
            }
            event.delete(call.now(), EventRequests.sendUpdates(call));
        }
        return SimResponse.empty(204);
    }

    private GoogleEvent existing(ApiCall call) {
        Optional<GoogleEvent> event = sim.googleEvents().find(call.account(), call.param("eventId"));
        return event.orElseThrow(() -> ApiRejection.outcome(GoogleErrors.notFound()));
    }

    private static String randomEventId() {
        String alphabet = "0123456789abcdefghijklmnopqrstuv";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(26);
        for (int i = 0; i < 26; i++) {
            sb.append(alphabet.charAt(random.nextInt(32)));
        }
        return sb.toString();
    }
}
