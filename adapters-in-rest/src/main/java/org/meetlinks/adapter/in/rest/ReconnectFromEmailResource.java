package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.meetlinks.application.port.in.BrowserBinding;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.ReconnectFromEmailUseCase;

/**
 * GET /from-email/reconnect/{token}: the button of the "reconnect" email. Sends the browser straight to the
 * provider's consent for the mentor and provider the link is for, with the connect cookie set (the callback only
 * completes in this browser); no sign-in needed. Opening it spends nothing, so a mail scanner that follows links
 * does no harm: the completed connect spends it.
 */
@Path("from-email/reconnect/{token}")
@ApplicationScoped
@PermitAll
public class ReconnectFromEmailResource {
    private final ReconnectFromEmailUseCase reconnect;
    private final ConnectCookie cookie;

    @Inject
    public ReconnectFromEmailResource(ReconnectFromEmailUseCase reconnect, ConnectCookie cookie) {
        this.reconnect = reconnect;
        this.cookie = cookie;
    }

    /** For CDI client proxies only. */
    protected ReconnectFromEmailResource() {
        this(null, null);
    }

    @GET
    @Operation(
            summary = "One-click reconnect from the email: 303 to the provider's consent; 404/410 page for an "
                    + "unknown, used or expired link")
    public Response open(@PathParam("token") String token) {
        try {
            BrowserBinding browser = BrowserBinding.fresh();
            return Response.seeOther(reconnect.beginReconnect(token, browser))
                    .cookie(cookie.set(browser))
                    .header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer")
                    .build();
        } catch (EmailLinkRefusedException e) {
            return EmailLinkPages.refused(e, "reconnected your account");
        }
    }
}
