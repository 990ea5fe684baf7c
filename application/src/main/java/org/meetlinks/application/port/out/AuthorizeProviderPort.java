package org.meetlinks.application.port.out;

import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * Connecting and disconnecting a mentor's Google or Zoom account (for the connect, callback and disconnect
 * endpoints). Failures are {@link MeetingProviderException}s: AUTH = the
 * code/grant was refused (start over), TRANSIENT/RATE_LIMITED = try later, PERMANENT = misconfiguration or refusal.
 */
public interface AuthorizeProviderPort {
    /**
     * Starts a connect: makes a fresh PKCE pair and returns the consent URL (carrying {@code state} and the S256
     * challenge) with the verifier, which the caller keeps server-side under {@code state} until the callback.
     */
    AuthorizationStart begin(Platform platform, String state);

    /**
     * Redeems the callback's code (with the PKCE verifier) for the account's grant, email, provider id and whether it
     * allows video meetings.
     *
     * @throws MissingPermissionsException when the mentor withheld a permission meetlinks needs (nothing is kept)
     */
    ConnectedAccount exchange(Platform platform, MentorId mentorId, String code, String codeVerifier);

    /** Revokes the grant at the provider; a grant the provider already forgot counts as revoked. */
    void revoke(ProviderGrant grant);
}
