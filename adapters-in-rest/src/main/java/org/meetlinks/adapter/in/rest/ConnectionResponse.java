package org.meetlinks.adapter.in.rest;

import org.meetlinks.application.port.in.ConnectionView;

/**
 * JSON of one provider connection on the mentor page; {@code meetingsAllowed} is false when the account's admin
 * turned video meetings off (Google Meet off), and {@code reason} then says what to do.
 */
public record ConnectionResponse(
        String provider, String platform, String status, String accountEmail, String reason, boolean meetingsAllowed) {

    static ConnectionResponse of(ConnectionView view) {
        return new ConnectionResponse(
                Providers.name(view.platform()),
                view.platform().name(),
                view.status(),
                view.accountEmail().orElse(null),
                view.reason().orElse(null),
                view.meetingsAllowed());
    }
}
