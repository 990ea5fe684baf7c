package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.meetlinks.application.port.in.CheckUpcomingLinksUseCase;

/** POST /api/admin/sessions/{sessionId}/link-check: an administrator runs a session's pre-session check now. */
@Path("api/admin/sessions/{sessionId}/link-check")
@ApplicationScoped
@RolesAllowed({Roles.ADMIN})
public class AdminLinkChecksResource {
    private final CheckUpcomingLinksUseCase checks;

    @Inject
    public AdminLinkChecksResource(CheckUpcomingLinksUseCase checks) {
        this.checks = checks;
    }

    /** For CDI client proxies only. */
    protected AdminLinkChecksResource() {
        this(null);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check a session's provider meeting now, whatever the lead times say, and repair what is wrong"
                    + " (recreate, move back, reconnect prompt)")
    @APIResponse(responseCode = "200", description = "What the check found and did")
    @APIResponse(responseCode = "404", description = "No confirmed session with an active provider meeting")
    public LinkCheckResponse checkNow(@PathParam("sessionId") String sessionId) {
        return LinkCheckResponse.of(checks.checkNow(PathIds.sessionId(sessionId)));
    }
}
