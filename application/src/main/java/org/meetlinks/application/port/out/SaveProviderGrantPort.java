package org.meetlinks.application.port.out;

import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** Stores grants: on connect (connection becomes CONNECTED) and on disconnect (tokens forgotten). */
public interface SaveProviderGrantPort {
    /** Saves the grant and marks the connection CONNECTED, in one transaction. */
    void saveGrant(ProviderGrant grant);

    /** Forgets the tokens and marks the connection DISCONNECTED. */
    void forgetGrant(MentorId mentorId, Platform platform);
}
