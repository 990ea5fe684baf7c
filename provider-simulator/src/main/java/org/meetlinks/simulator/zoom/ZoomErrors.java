package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.meetlinks.simulator.api.ProviderErrors;
import org.meetlinks.simulator.faults.FaultSettings;
import org.meetlinks.simulator.faults.Operation;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.validation.SpecViolation;

/** Zoom API error answers: {"code": zoomCode, "message": ...}, with rate-limit headers on 429. */
public final class ZoomErrors implements ProviderErrors {

    /** A Zoom error answer. */
    public static SimResponse error(int status, int code, String message) {
        ObjectNode body = Json.object();
        body.put("code", code);
        body.put("message", message);
        return SimResponse.json(status, body);
    }

    /** 404 code 3001. */
    public static SimResponse meetingNotFound(String meetingId) {
        return error(404, 3001, "Meeting does not exist: " + meetingId + ".");
    }

    /** 404 code 1001. */
    public static SimResponse userNotFound(String userId) {
        return error(404, 1001, "User does not exist: " + userId + ".");
    }

    /** 400 code 300 with one field error. */
    public static SimResponse invalidField(String field, String message) {
        return validationFailed(List.of(new SpecViolation("zoom.validation", "body/" + field, message)));
    }

    /** 429 for the per-user daily limit of meeting create/update requests. */
    public static SimResponse dailyLimit(String operation, int limit, Instant now) {
        Instant reset = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        return error(
                        429,
                        429,
                        "You have exceeded the daily rate limit (" + limit + ") of Meeting Create/Update API "
                                + "requests permitted for this particular user. You may resume these requests at GMT 00:00:00.")
                .withHeader("X-RateLimit-Category", category(operation))
                .withHeader("X-RateLimit-Type", "Daily-limit")
                .withHeader("X-RateLimit-Limit", String.valueOf(limit))
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("Retry-After", reset.toString());
    }

    @Override
    public SimResponse unauthorized() {
        return error(401, 124, "Invalid access token.");
    }

    @Override
    public SimResponse insufficientScopes(List<String> acceptedScopes) {
        return error(
                400,
                4711,
                "Invalid access token, does not contain scopes:[" + String.join(", ", acceptedScopes) + "].");
    }

    @Override
    public SimResponse invalid(List<SpecViolation> violations) {
        return validationFailed(violations);
    }

    /** 400 code 300 "Validation Failed." with one entry per violation. */
    public static SimResponse validationFailed(List<SpecViolation> violations) {
        ObjectNode body = Json.object();
        body.put("code", 300);
        body.put("message", "Validation Failed. " + violations.get(0).describe());
        ArrayNode errors = body.putArray("errors");
        for (SpecViolation v : violations) {
            String field = v.location() == null
                    ? ""
                    : v.location().replaceFirst("^body/?", "").replace('/', '.');
            errors.addObject().put("field", field).put("message", v.message() + " [" + v.key() + "]");
        }
        return SimResponse.json(400, body);
    }

    @Override
    public SimResponse noSuchOperation(int status, String detail) {
        return error(status, status, (status == 405 ? "Method not allowed: " : "Not found: ") + detail);
    }

    @Override
    public SimResponse serverError(int status) {
        String message =
                status == 503 ? "Service unavailable" : status == 504 ? "Gateway timeout" : "Internal server error";
        return error(status, status, message);
    }

    @Override
    public SimResponse rateLimited(String operation, FaultSettings settings, Instant now) {
        String category = category(operation);
        return error(429, 429, "You have reached the maximum per-second rate limit for this API. Try again later.")
                .withHeader("X-RateLimit-Category", category)
                .withHeader("X-RateLimit-Type", "QPS")
                .withHeader("X-RateLimit-Limit", category.equals("Medium") ? "20" : "30")
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader(
                        "Retry-After",
                        now.plusSeconds(settings.retryAfterSeconds())
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString());
    }

    @Override
    public SimResponse rateLimited403(String operation, FaultSettings settings, Instant now) {
        return rateLimited(operation, settings, now);
    }

    private static String category(String operation) {
        // Zoom's rate-limit labels: create and List meetings are MEDIUM, the single-meeting calls LIGHT
        return Operation.CREATE.equals(operation) || Operation.LIST.equals(operation) ? "Medium" : "Light";
    }
}
