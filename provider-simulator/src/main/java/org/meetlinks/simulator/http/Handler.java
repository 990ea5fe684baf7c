package org.meetlinks.simulator.http;

/** Something that answers one simulator HTTP request. */
@FunctionalInterface
public interface Handler {

    /** Answers the request; never returns null. */
    SimResponse handle(SimRequest request);
}
