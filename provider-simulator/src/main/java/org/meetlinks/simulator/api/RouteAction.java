package org.meetlinks.simulator.api;

import org.meetlinks.simulator.http.SimResponse;

/** The business logic of one API operation, run after authentication, validation and fault injection. */
@FunctionalInterface
public interface RouteAction {

    /** Executes the call; may throw {@link ApiRejection}. */
    SimResponse apply(ApiCall call);
}
