package org.meetlinks.application.port.in;

import java.net.URI;
import org.meetlinks.domain.Platform;

/** Connects a mentor's Google or Zoom account (OAuth authorization code with PKCE). */
public interface ConnectProviderUseCase {
    /**
     * Starts a connect for the signed-in mentor: the provider consent URL to send the browser to. The connect is
     * bound to {@code browser}, whose nonce the caller hands to the mentor's browser (a cookie).
     */
    URI beginConnect(Viewer mentor, Platform platform, BrowserBinding browser);

    /**
     * Finishes a connect from the provider's callback; the state identifies mentor and platform.
     * Sessions waiting for a link are regenerated afterwards. A connect started from an emailed reconnect link spends
     * that link with the grant it saves, and only takes the account that was connected before.
     *
     * @param browser the binding the callback's browser brought back ({@link BrowserBinding#missing()} if none)
     * @throws NotFoundException for an unknown, used or expired state
     * @throws ForeignBrowserException when another browser started this connect; nothing is stored then
     * @throws org.meetlinks.application.port.out.MissingPermissionsException when the mentor withheld a permission
     *         meetlinks needs: nothing is stored and no connection is made
     * @throws EmailLinkRefusedException when the emailed link was spent meanwhile, or the consent was given with
     *         another account than the connected one: nothing is stored (the new grant is revoked)
     */
    CompletedConnect completeConnect(Platform platform, String state, String code, BrowserBinding browser);
}
