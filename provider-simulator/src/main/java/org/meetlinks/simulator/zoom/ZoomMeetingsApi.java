package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.api.ApiCall;
import org.meetlinks.simulator.api.ApiPipeline;
import org.meetlinks.simulator.api.ApiRejection;
import org.meetlinks.simulator.api.ApiRoute;
import org.meetlinks.simulator.faults.Operation;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.validation.ScopeRequirements;
import org.meetlinks.simulator.validation.SpecLoader;
import org.meetlinks.simulator.validation.SpecValidator;

/** The simulated Zoom operations: create and list meetings, get/patch/delete meeting, and GET /users/me. */
public final class ZoomMeetingsApi {

    /** Where the API is mounted; the spec's server URL https://api.zoom.us/v2 maps here. */
    public static final String BASE_PATH = "/zoom/v2";

    private static final String MEETING = "/meetings/{meetingId}";

    private final Simulation sim;

    private ZoomMeetingsApi(Simulation sim) {
        this.sim = sim;
    }

    /** The operations served under {@link #BASE_PATH}, each run through the API pipeline. */
    public static ApiPipeline pipeline(Simulation sim) {
        ZoomMeetingsApi api = new ZoomMeetingsApi(sim);
        List<ApiRoute> routes = List.of(
                new ApiRoute("POST", "/users/{userId}/meetings", Operation.CREATE, true, api::create),
                // List meetings is not in the trimmed spec copy; SpecLoader adds it (x-project-added), so it is
                // validated
                new ApiRoute("GET", "/users/{userId}/meetings", Operation.LIST, true, api::list),
                new ApiRoute("GET", MEETING, Operation.GET, true, api::get),
                new ApiRoute("PATCH", MEETING, Operation.UPDATE, true, api::update),
                new ApiRoute("DELETE", MEETING, Operation.DELETE, true, api::delete),
                new ApiRoute("GET", "/users/{userId}", Operation.PROFILE, false, api::user));
        ObjectNode spec = SpecLoader.load(Provider.ZOOM);
        // Each operation accepts any one of the scopes its spec entry lists (classic and granular). GET /users/{userId}
        // belongs to Zoom's Users API, not in the Meetings spec: its classic and granular scopes are listed here.
        ScopeRequirements scopes = ScopeRequirements.anyListedScope(spec)
                .withOperation(
                        "GET",
                        "/users/{userId}",
                        List.of(
                                "user:read",
                                "user:write",
                                "user:read:admin",
                                "user:write:admin",
                                "user:read:user",
                                "user:read:user:admin"));
        return new ApiPipeline(
                Provider.ZOOM, BASE_PATH, routes, new ZoomErrors(), new SpecValidator(spec, BASE_PATH), scopes, sim);
    }

    private SimResponse create(ApiCall call) {
        String userId = call.param("userId");
        if (!ZoomUser.designates(userId, call.account())) {
            throw ApiRejection.outcome(ZoomErrors.userNotFound(userId));
        }
        ObjectNode body = ZoomMeetingRules.body(call.request().body());
        ZoomMeetingValues values = ZoomMeetingRules.values(body, ZoomUser.ACCOUNT_TIMEZONE);
        if (values.startTime() == null && (values.type() == null || values.type() == 2)) {
            // Zoom: a scheduled meeting without start_time becomes an instant meeting
            values = new ZoomMeetingValues(
                    values.topic(),
                    1,
                    null,
                    values.duration(),
                    values.timezone(),
                    values.agenda(),
                    values.password(),
                    values.settings());
        }
        checkDailyLimit(call, Operation.CREATE);
        ZoomMeetingValues finalValues = values;
        String joinHost = sim.accounts().of(call.account()).zoomJoinUrlHost();
        ZoomMeeting meeting =
                sim.zoomMeetings().create(id -> new ZoomMeeting(id, call.account(), call.now(), finalValues, joinHost));
        return SimResponse.json(201, meeting.render(false));
    }

    private SimResponse list(ApiCall call) {
        String userId = call.param("userId");
        if (!ZoomUser.designates(userId, call.account())) {
            throw ApiRejection.outcome(ZoomErrors.userNotFound(userId));
        }
        return SimResponse.json(
                200, ZoomMeetingList.page(call, sim.zoomMeetings().all()));
    }

    private SimResponse get(ApiCall call) {
        return SimResponse.json(200, owned(call).render(true));
    }

    private SimResponse update(ApiCall call) {
        ZoomMeeting meeting = owned(call);
        ObjectNode body = ZoomMeetingRules.body(call.request().body());
        ZoomMeetingValues values = ZoomMeetingRules.values(body, meeting.timezone());
        checkDailyLimit(call, Operation.UPDATE);
        ObjectNode before = meeting.eventObject();
        meeting.update(values);
        sim.zoomWebhook()
                .sendLater(
                        ZoomEvents.meetingUpdated(call.account(), before, meeting.eventObject(), call.now()),
                        call.now());
        return SimResponse.empty(204);
    }

    private SimResponse delete(ApiCall call) {
        ZoomMeeting meeting = owned(call);
        synchronized (meeting) {
            if (meeting.isDeleted()) {
                throw ApiRejection.outcome(ZoomErrors.meetingNotFound(call.param("meetingId")));
            }
            meeting.delete();
        }
        sim.zoomWebhook()
                .sendLater(ZoomEvents.meetingDeleted(call.account(), meeting.eventObject(), call.now()), call.now());
        return SimResponse.empty(204);
    }

    private SimResponse user(ApiCall call) {
        String userId = call.param("userId");
        if (!ZoomUser.designates(userId, call.account())) {
            throw ApiRejection.outcome(ZoomErrors.userNotFound(userId));
        }
        return SimResponse.json(200, ZoomUser.profile(call.account()));
    }

    private ZoomMeeting owned(ApiCall call) {
        String raw = call.param("meetingId");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiRejection.invalid(ZoomErrors.meetingNotFound(raw), "meetingId '" + raw + "' is not a number");
        }
        return sim.zoomMeetings()
                .find(id)
                .filter(m -> !m.isDeleted() && m.account().equalsIgnoreCase(call.account()))
                .orElseThrow(() -> ApiRejection.outcome(ZoomErrors.meetingNotFound(raw)));
    }

    private void checkDailyLimit(ApiCall call, String operation) {
        int limit = sim.faults(Provider.ZOOM).settings().dailyLimit();
        if (!sim.zoomDailyLimit().tryAcquire(call.account(), limit, call.now())) {
            throw ApiRejection.outcome(ZoomErrors.dailyLimit(operation, limit, call.now()));
        }
    }
}
