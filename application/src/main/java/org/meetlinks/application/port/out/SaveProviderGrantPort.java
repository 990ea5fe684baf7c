package org.meetlinks.application.port.out;

import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** Stores grants: on connect (connection becomes CONNECTED) and on disconnect (tokens forgotten). */
public interface SaveProviderGrantPort {
    /** Saves the grant, the account's id and meeting permission, and marks the connection CONNECTED. */
    void saveConnection(ConnectedAccount account);

    /** Forgets the tokens (and the provider's account id) and marks the connection DISCONNECTED. */
    void forgetGrant(MentorId mentorId, Platform platform);
}
