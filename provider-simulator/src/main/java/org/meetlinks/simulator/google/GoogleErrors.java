package org.meetlinks.simulator.google;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.meetlinks.simulator.api.ProviderErrors;
import org.meetlinks.simulator.faults.FaultSettings;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.validation.SpecViolation;

/** Google Calendar error answers in the format of the Calendar errors guide. */
public final class GoogleErrors implements ProviderErrors {

    /**
     * A Google error answer.
     *
     * @param code     HTTP status
     * @param domain   error domain, e.g. global or usageLimits
     * @param reason   error reason, e.g. notFound, duplicate, rateLimitExceeded
     * @param message  message
     * @param location parameter or field concerned, or null
     */
    public static SimResponse error(int code, String domain, String reason, String message, String location) {
        ObjectNode item = Json.object();
        item.put("domain", domain);
        item.put("reason", reason);
        item.put("message", message);
        if (location != null) {
            item.put("locationType", "parameter");
            item.put("location", location);
        }
        ObjectNode error = Json.object();
        error.putArray("errors").add(item);
        error.put("code", code);
        error.put("message", message);
        ObjectNode body = Json.object();
        body.set("error", error);
        return SimResponse.json(code, body);
    }

    /** 400 with reason "invalid" or "required". */
    public static SimResponse badRequest(String reason, String message, String location) {
        return error(400, "global", reason, message, location);
    }

    /** 404 notFound. */
    public static SimResponse notFound() {
        return error(404, "global", "notFound", "Not Found", null);
    }

    /** 410 deleted, for operations on an already deleted event. */
    public static SimResponse deleted() {
        return error(410, "global", "deleted", "Resource has been deleted", null);
    }

    /** 409 duplicate, for an event id that already exists in the calendar. */
    public static SimResponse duplicate() {
        return error(409, "global", "duplicate", "The requested identifier already exists.", null);
    }

    @Override
    public SimResponse unauthorized() {
        return error(401, "global", "authError", "Invalid Credentials", "Authorization")
                .withHeader(
                        "WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
    }

    @Override
    public SimResponse insufficientScopes(List<String> acceptedScopes) {
        return error(403, "global", "insufficientPermissions", "Request had insufficient authentication scopes.", null);
    }

    @Override
    public SimResponse invalid(List<SpecViolation> violations) {
        ObjectNode error = Json.object();
        ArrayNode errors = error.putArray("errors");
        for (SpecViolation v : violations) {
            ObjectNode item = errors.addObject();
            item.put("domain", "global");
            item.put("reason", v.key().contains("required") || v.key().contains("missing") ? "required" : "invalid");
            item.put("message", v.describe());
            if (v.location() != null && !v.location().isEmpty()) {
                item.put("locationType", v.location().startsWith("body") ? "body" : "parameter");
                item.put("location", v.location());
            }
        }
        error.put("code", 400);
        error.put(
                "message",
                "Invalid request (does not match the Calendar API description): "
                        + violations.get(0).describe());
        ObjectNode body = Json.object();
        body.set("error", error);
        return SimResponse.json(400, body);
    }

    @Override
    public SimResponse noSuchOperation(int status, String detail) {
        return error(
                status,
                "global",
                status == 405 ? "httpMethodNotAllowed" : "notFound",
                (status == 405 ? "Method Not Allowed: " : "Not Found: ") + detail,
                null);
    }

    @Override
    public SimResponse serverError(int status) {
        if (status == 503) {
            return error(503, "global", "backendError", "The service is currently unavailable.", null);
        }
        if (status == 504) {
            return error(504, "global", "backendError", "Deadline exceeded.", null);
        }
        return error(status, "global", "backendError", "Backend Error", null);
    }

    @Override
    public SimResponse rateLimited(String operation, FaultSettings settings, Instant now) {
        return error(429, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded", null);
    }

    @Override
    public SimResponse rateLimited403(String operation, FaultSettings settings, Instant now) {
        return error(403, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded", null);
    }
}
