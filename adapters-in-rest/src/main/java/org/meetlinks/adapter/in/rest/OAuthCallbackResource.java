package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.lang.System.Logger.Level;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.meetlinks.application.port.in.CompletedConnect;
import org.meetlinks.application.port.in.ConnectProviderUseCase;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.ForeignBrowserException;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MissingPermissionsException;
import org.meetlinks.application.port.out.ProviderPermission;
import org.meetlinks.domain.Platform;

/**
 * GET /oauth/{provider}/callback: where Google or Zoom send the mentor's browser after consent. The
 * single-use state (bound to the mentor when "connect" was clicked) proves who it is, the connect cookie that it is
 * the same browser; the browser then goes back to the mentor page with the outcome, or, in another browser, gets a
 * page that explains why nothing happened.
 */
@Path("oauth/{provider}/callback")
@ApplicationScoped
@PermitAll
public class OAuthCallbackResource {
    private static final System.Logger LOG = System.getLogger(OAuthCallbackResource.class.getName());
    private final ConnectProviderUseCase connect;
    private final ConnectCookie cookie;

    @Inject
    public OAuthCallbackResource(ConnectProviderUseCase connect, ConnectCookie cookie) {
        this.connect = connect;
        this.cookie = cookie;
    }

    /** For CDI client proxies only. */
    protected OAuthCallbackResource() {
        this(null, null);
    }

    @GET
    @Operation(summary = "Where Google or Zoom send the browser after consent; 303 back to /mentor/ with the outcome")
    public Response callback(
            @PathParam("provider") String provider,
            @QueryParam("state") String state,
            @QueryParam("code") String code,
            @QueryParam("error") String error,
            @Context HttpHeaders headers) {
        Platform platform = Providers.platform(provider);
        if (error != null) {
            LOG.log(
                    Level.INFO,
                    () -> "The " + provider + " consent was not given: "
                            + (error.matches("[a-z_]{1,40}") ? error : "(unreadable error code)"));
            return backToMentorPage(provider, "consent-not-given");
        }
        if (state == null || code == null) {
            return backToMentorPage(provider, "incomplete-answer");
        }
        try {
            CompletedConnect done = connect.completeConnect(platform, state, code, cookie.of(headers.getCookies()));
            if (done.fromEmail()) {
                // From the emailed one-click link: this browser may have no mentor page session, so say it here.
                Response page = EmailLinkPages.page(
                        Response.Status.OK, EmailLinkPages.reconnected(platform.accountName(), done));
                return Response.fromResponse(page).cookie(cookie.clear()).build();
            }
            return Response.seeOther(UriBuilder.fromPath("/mentor/")
                            .queryParam("connected", provider)
                            .build())
                    .cookie(cookie.clear())
                    .build();
        } catch (ForeignBrowserException e) {
            return Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.TEXT_HTML + ";charset=utf-8")
                    .entity(ForeignConnectPage.html(platform.accountName()))
                    .header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer")
                    .header(
                            "Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                    .build();
        } catch (EmailLinkRefusedException e) {
            return EmailLinkPages.refused(e, "reconnected your account");
        } catch (NotFoundException e) {
            return backToMentorPage(provider, "connect-expired");
        } catch (MissingPermissionsException e) {
            return missingPermissions(provider, e);
        } catch (MeetingProviderException e) {
            LOG.log(Level.WARNING, "Connecting " + provider + " failed (" + e.kind() + ")", e);
            return backToMentorPage(
                    provider,
                    e.kind() == MeetingProviderException.Kind.AUTH ? "sign-in-refused" : "provider-unavailable");
        }
    }

    /** Only fixed codes reach the page ({@code ?connectProblem=missing-permissions&missing=code,code}), no free text. */
    private static Response missingPermissions(String provider, MissingPermissionsException e) {
        LOG.log(Level.INFO, "Connecting {0} refused: the mentor did not grant {1}", new Object[] {provider, e.missing()
        });
        return Response.seeOther(UriBuilder.fromPath("/mentor/")
                        .queryParam("provider", provider)
                        .queryParam("connectProblem", "missing-permissions")
                        .queryParam(
                                "missing",
                                e.missing().stream()
                                        .map(ProviderPermission::code)
                                        .collect(Collectors.joining(",")))
                        .build())
                .build();
    }

    /**
     * Back to the mentor page with one of the fixed codes its script turns into words ({@code consent-not-given},
     * {@code incomplete-answer}, {@code connect-expired}, {@code sign-in-refused}, {@code provider-unavailable}): no
     * free text travels in the URL, so nobody can make our page say what a crafted link wants.
     */
    private static Response backToMentorPage(String provider, String code) {
        return Response.seeOther(UriBuilder.fromPath("/mentor/")
                        .queryParam("provider", provider)
                        .queryParam("connectError", code)
                        .build())
                .build();
    }
}
