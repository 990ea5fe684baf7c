package org.meetlinks.simulator.api;

import java.time.Instant;
import java.util.Map;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.oauth.Grant;

/**
 * One authenticated API call being executed.
 *
 * @param request    the HTTP request
 * @param grant      the grant of the presented access token
 * @param pathParams values of the path template variables
 * @param now        the time the call is processed at
 */
public record ApiCall(SimRequest request, Grant grant, Map<String, String> pathParams, Instant now) {

    /** A path variable's value. */
    public String param(String name) {
        return pathParams.get(name);
    }

    /** The account (e-mail) of the caller. */
    public String account() {
        return grant.account();
    }
}
