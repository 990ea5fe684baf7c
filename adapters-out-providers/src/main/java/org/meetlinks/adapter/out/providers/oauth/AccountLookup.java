package org.meetlinks.adapter.out.providers.oauth;

/** Learns the connected account's email right after a code exchange (Google: calendar id; Zoom: /users/me). */
@FunctionalInterface
public interface AccountEmailLookup {
    /** @throws org.meetlinks.application.port.out.MeetingProviderException when the provider cannot tell */
    String accountEmail(TokenSet tokens);
}
