package org.meetlinks.application.port.out;

import java.util.Objects;

/** The right to refresh one grant now: the grant as stored when it was claimed, and the stored version then. */
public record RefreshClaim(ProviderGrant grant, long version) {
    public RefreshClaim {
        Objects.requireNonNull(grant, "grant");
    }
}
