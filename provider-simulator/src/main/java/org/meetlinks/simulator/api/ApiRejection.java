package org.meetlinks.simulator.api;

import org.meetlinks.simulator.http.SimResponse;

/** Thrown by an API action to answer an error; with a reason it is also listed as a rejected (invalid) request. */
public final class ApiRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SimResponse response;
    private final String invalidReason;

    private ApiRejection(SimResponse response, String invalidReason) {
        super(invalidReason == null ? "status " + response.status() : invalidReason, null, false, false);
        this.response = response;
        this.invalidReason = invalidReason;
    }

    /** A refusal of a request a correct client would never send; it is recorded with the reason. */
    public static ApiRejection invalid(SimResponse response, String reason) {
        return new ApiRejection(response, reason);
    }

    /** A normal error outcome (not found, conflict, limit reached) that is not recorded as invalid. */
    public static ApiRejection outcome(SimResponse response) {
        return new ApiRejection(response, null);
    }

    /** The answer to send. */
    public SimResponse response() {
        return response;
    }

    /** The reason when the request was invalid, else null. */
    public String invalidReason() {
        return invalidReason;
    }
}
