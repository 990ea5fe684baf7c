package org.meetlinks.simulator.api;

import java.time.Instant;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.oauth.Grant;

/**
 * One authenticated API call being executed.
 *
 * @param request the HTTP request, with the values of its route's path variables
 * @param grant   the grant of the presented access token
 * @param now     the time the call is processed at
 */
public record ApiCall(SimRequest request, Grant grant, Instant now) {

    /** A path variable's value. */
    public String param(String name) {
        return request.pathParam(name);
    }

    /** The account (e-mail) of the caller. */
    public String account() {
        return grant.account();
    }
}
