package org.meetlinks.application.service;

import org.meetlinks.application.port.out.contract.OutboxContract;
import org.meetlinks.application.port.out.contract.OutboxPorts;

/** The outbox contract on the in-memory outbox the dispatcher's tests use. */
class InMemoryOutboxTest extends OutboxContract {
    @Override
    protected OutboxPorts newOutbox() {
        InMemoryOutbox outbox = new InMemoryOutbox();
        return new OutboxPorts(outbox, outbox, outbox);
    }
}
