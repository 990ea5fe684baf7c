package org.meetlinks.application.port.out;

import java.util.Objects;

/**
 * A provider account just connected: its grant, the provider's id of the account (Zoom user id, to match Zoom's
 * deauthorization events; Google: the primary calendar id), and whether the account allows video meetings.
 */
public record ConnectedAccount(ProviderGrant grant, String accountId, boolean meetingsAllowed) {
    public ConnectedAccount {
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(accountId, "accountId");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank");
        }
    }
}
