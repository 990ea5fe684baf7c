package org.meetlinks.adapter.out.providers.oauth;

import java.util.Objects;

/** What a provider says about the account a token belongs to. */
public record ProviderAccount(String email, String accountId, boolean meetingsAllowed) {
    public ProviderAccount {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(accountId, "accountId");
    }
}
