package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import org.meetlinks.application.port.out.AuthorizeProviderPort;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.ProviderGrant;

/** Takes back meetlinks' access at the provider when a mentor's grant is to be forgotten. */
final class GrantRevocation {
    private static final System.Logger LOG = System.getLogger(GrantRevocation.class.getName());

    private final AuthorizeProviderPort oauth;

    GrantRevocation(AuthorizeProviderPort oauth) {
        this.oauth = oauth;
    }

    /** Revokes the grant at its provider; a failure is logged, the caller forgets the tokens either way. */
    void revoke(ProviderGrant grant) {
        try {
            oauth.revoke(grant);
        } catch (MeetingProviderException e) {
            // The tokens are forgotten either way; the mentor can also remove the app in the provider's settings.
            LOG.log(
                    Level.WARNING,
                    "Could not revoke the " + grant.platform() + " grant of " + grant.mentorId()
                            + " at the provider; forgetting it here anyway",
                    e);
        }
    }
}
