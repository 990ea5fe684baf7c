package org.meetlinks.application.port.in;

import java.net.URI;

/** The one-click reconnect of a mentor's Google or Zoom account from the emailed link, without signing in. */
public interface ReconnectFromEmailUseCase {
    /**
     * Starts the connect the emailed link is for (its mentor, its provider), bound to {@code browser}; answers the
     * provider's consent URL. Opening the link spends nothing (mail scanners open links): the connect's callback
     * spends it, through {@link ConnectProviderUseCase#completeConnect}.
     *
     * @throws EmailLinkRefusedException when the link is unknown, used or expired
     */
    URI beginReconnect(String token, BrowserBinding browser);
}
