package org.meetlinks.application.port.in;

/** Background pass: sends due notifications from the outbox. */
public interface DispatchNotificationsUseCase {
    /** @return how many notifications were handled in this pass */
    int dispatchDue();
}
