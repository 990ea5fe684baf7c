package org.meetlinks.application.service;

import java.time.Clock;
import org.meetlinks.application.port.out.KeepEmailLinksPort;
import org.meetlinks.application.port.out.contract.EmailLinksContract;

/** The emailed-link contract on the in-memory fake the use-case tests use. */
class InMemoryEmailLinksTest extends EmailLinksContract {
    @Override
    protected KeepEmailLinksPort newEmailLinks(Clock clock) {
        return new InMemoryEmailLinks();
    }
}
