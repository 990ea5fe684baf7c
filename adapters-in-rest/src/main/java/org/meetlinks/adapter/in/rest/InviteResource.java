package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.meetlinks.application.port.in.GetSessionInviteUseCase;
import org.meetlinks.application.port.in.SessionInvite;

/** GET /api/sessions/{sessionId}/invite.ics: the session's calendar invite for mentor and mentee. */
@Path("api/sessions/{sessionId}/invite.ics")
@ApplicationScoped
@RolesAllowed({Roles.MENTOR, Roles.MENTEE, Roles.ADMIN})
public class InviteResource {
    private final GetSessionInviteUseCase invites;

    @Inject
    public InviteResource(GetSessionInviteUseCase invites) {
        this.invites = invites;
    }

    /** For CDI client proxies only. */
    protected InviteResource() {
        this(null);
    }

    @GET
    @Operation(summary = "The session's calendar invite (text/calendar), the same the emails carry")
    @APIResponse(
            responseCode = "200",
            description =
                    "iCalendar with METHOD:REQUEST, or METHOD:CANCEL with STATUS:CANCELLED once the session is cancelled (SEQUENCE one higher than the last invite sent); stable UID")
    @APIResponse(responseCode = "404", description = "Unknown session, or not the caller's")
    public Response invite(@PathParam("sessionId") String sessionId, @Context SecurityContext security) {
        SessionInvite invite = invites.invite(PathIds.sessionId(sessionId), Roles.viewer(security));
        return Response.ok(invite.calendar())
                .type("text/calendar; charset=utf-8; method=" + invite.method())
                .header("Content-Disposition", "attachment; filename=\"invite.ics\"")
                .build();
    }
}
