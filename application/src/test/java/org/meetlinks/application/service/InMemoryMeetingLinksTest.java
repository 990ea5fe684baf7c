package org.meetlinks.application.service;

import org.meetlinks.application.port.out.contract.MeetingLinksContract;

/** The sessions-and-links contract on the in-memory store the use-case tests use. */
class InMemoryMeetingLinksTest extends MeetingLinksContract {
    @Override
    protected LinkStore newStore() {
        return new InMemoryBookings().store();
    }
}
