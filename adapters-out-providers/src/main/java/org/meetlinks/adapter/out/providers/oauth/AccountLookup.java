package org.meetlinks.adapter.out.providers.oauth;

/**
 * Learns about the connected account right after a code exchange: its email, the provider's id of it, and whether
 * it allows video meetings (Google: the primary calendar; Zoom: /users/me).
 */
@FunctionalInterface
public interface AccountLookup {
    /** @throws org.meetlinks.application.port.out.MeetingProviderException when the provider cannot tell */
    ProviderAccount account(TokenSet tokens);
}
