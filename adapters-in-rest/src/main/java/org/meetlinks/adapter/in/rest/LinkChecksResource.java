package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.meetlinks.application.port.in.ListLinkChecksUseCase;

/** GET /api/me/link-checks: the mentor page's view of the checks before the caller's upcoming sessions. */
@Path("api/me/link-checks")
@ApplicationScoped
@RolesAllowed({Roles.MENTOR})
public class LinkChecksResource {
    private final ListLinkChecksUseCase checks;

    @Inject
    public LinkChecksResource(ListLinkChecksUseCase checks) {
        this.checks = checks;
    }

    /** For CDI client proxies only. */
    protected LinkChecksResource() {
        this(null);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The last pre-session check of each of my upcoming sessions that was checked")
    @APIResponse(responseCode = "200", description = "One entry per checked upcoming session, earliest first")
    public List<LinkCheckResponse> mine(@Context SecurityContext security) {
        return checks.myLinkChecks(Roles.viewer(security)).stream()
                .map(LinkCheckResponse::of)
                .toList();
    }
}
