package org.meetlinks.application.port.in;

import java.util.Optional;
import org.meetlinks.domain.Platform;

/**
 * A mentor's connection to one provider as the mentor page shows it.
 *
 * @param meetingsAllowed false when the account's admin turned video meetings off (the reason then says so)
 */
public record ConnectionView(Platform platform, String status, Optional<String> accountEmail,
                             Optional<String> reason, boolean meetingsAllowed) {
    /** Status shown for a provider the mentor never connected. */
    public static final String NOT_CONNECTED = "NOT_CONNECTED";
}
