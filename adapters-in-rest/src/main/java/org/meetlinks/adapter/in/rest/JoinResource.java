package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.meetlinks.application.port.in.JoinDestination;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.in.ResolveJoinLinkUseCase;

/** GET /join/{token}: the stable public join URL; redirects to the meeting or explains why it cannot yet. */
@Path("join/{token}")
@ApplicationScoped
@PermitAll
public class JoinResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private final ResolveJoinLinkUseCase resolver;
    private final JoinPageHits hits;

    @Inject
    public JoinResource(ResolveJoinLinkUseCase resolver, JoinPageHits hits) {
        this.resolver = resolver;
        this.hits = hits;
    }

    /** For CDI client proxies only. */
    protected JoinResource() {
        this(null, null);
    }

    @GET
    @Operation(
            summary =
                    "Public join URL: 302 to the meeting, a 'not ready yet' page (200), 410 when cancelled or long over, 404 when unknown")
    public Response join(@PathParam("token") String token) {
        JoinDestination destination;
        try {
            destination = resolver.resolve(token);
        } catch (NotFoundException e) {
            return page(Response.Status.NOT_FOUND, JoinPage.unknown());
        }
        if (destination instanceof JoinDestination.Meeting meeting) {
            return secured(Response.status(Response.Status.FOUND).location(URI.create(meeting.url())));
        }
        if (destination instanceof JoinDestination.NotReady notReady) {
            hits.notReady();
            return page(
                    Response.Status.OK,
                    JoinPage.notReady(notReady.topic(), notReady.startsAt(), notReady.waitingForMentor()));
        }
        if (destination instanceof JoinDestination.Expired expired) {
            return page(Response.Status.GONE, JoinPage.expired(expired.topic(), expired.endedAt()));
        }
        if (destination instanceof JoinDestination.Cancelled cancelled) {
            return page(Response.Status.GONE, JoinPage.cancelled(cancelled.topic()));
        }
        throw new IllegalStateException("unknown join destination " + destination);
    }

    private static Response page(Response.Status status, String html) {
        return secured(Response.status(status).type(HTML).entity(html));
    }

    private static Response secured(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'")
                .build();
    }
}
