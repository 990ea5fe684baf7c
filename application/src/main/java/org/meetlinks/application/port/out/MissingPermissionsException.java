package org.meetlinks.application.port.out;

import java.util.List;
import java.util.stream.Collectors;
import org.meetlinks.domain.Platform;

/**
 * The mentor did not grant everything meetlinks needs (granular consent): nothing was kept, the partial grant was
 * revoked, and connecting again with every permission ticked is the remedy. An AUTH failure.
 */
public class MissingPermissionsException extends MeetingProviderException {
    private final List<ProviderPermission> missing;

    public MissingPermissionsException(Platform platform, List<ProviderPermission> missing) {
        super(
                Kind.AUTH,
                platform,
                "the connected account did not grant "
                        + missing.stream().map(ProviderPermission::code).collect(Collectors.joining(", ")),
                null);
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("a missing-permissions failure names at least one permission");
        }
        this.missing = List.copyOf(missing);
    }

    /** The permissions that were not granted, in declaration order. */
    public List<ProviderPermission> missing() {
        return missing;
    }
}
