package org.meetlinks.adapter.out.providers.oauth;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meetlinks.application.port.out.ProviderPermission;

/**
 * The permissions one provider's adapter needs, each with the scopes that grant it (any one suffices: a broad
 * classic scope or a narrow granular one), checked against the scopes a token answer says were granted.
 */
public final class NeededScopes {
    private final Map<ProviderPermission, Set<String>> anyOf;

    public NeededScopes(Map<ProviderPermission, Set<String>> anyOf) {
        this.anyOf = Map.copyOf(anyOf);
    }

    /** The needed permissions that none of the granted scopes covers, in declaration order. */
    public List<ProviderPermission> missingFrom(String grantedScopes) {
        Set<String> granted = Set.copyOf(Arrays.asList(grantedScopes.trim().split("[\\s,]+")));
        return Arrays.stream(ProviderPermission.values())
                .filter(anyOf::containsKey)
                .filter(permission -> anyOf.get(permission).stream().noneMatch(granted::contains))
                .toList();
    }
}
