package org.meetlinks.application.port.in;

import org.meetlinks.domain.Platform;

/** A provider says a user removed meetlinks from their account (Zoom's app_deauthorized event). */
public interface DeauthorizeAccountUseCase {
    /**
     * Deletes the tokens of that account, marks its connection DISCONNECTED and gives the mentor's upcoming sessions
     * made with it back to link generation (another platform, or a placeholder). An unknown account changes nothing.
     *
     * @param accountId the provider's id of the account (Zoom user id)
     * @return how many sessions were given back to link generation
     */
    int accountDeauthorized(Platform platform, String accountId);
}
