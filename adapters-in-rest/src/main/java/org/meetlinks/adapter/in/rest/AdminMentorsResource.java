package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.meetlinks.application.port.in.EraseMentorUseCase;
import org.meetlinks.domain.MentorId;

/** DELETE /api/admin/mentors/{mentorId}: an administrator erases a mentor (idempotent). */
@Path("api/admin/mentors/{mentorId}")
@ApplicationScoped
@RolesAllowed({Roles.ADMIN})
public class AdminMentorsResource {
    private final EraseMentorUseCase erasure;

    @Inject
    public AdminMentorsResource(EraseMentorUseCase erasure) {
        this.erasure = erasure;
    }

    /** For CDI client proxies only. */
    protected AdminMentorsResource() {
        this(null);
    }

    @DELETE
    @Operation(
            summary =
                    "Erase a mentor: revoke their Google and Zoom grants at the providers, delete their tokens, "
                            + "preference and mails, and remove their name, e-mail and id from their sessions; again is no error")
    @APIResponse(responseCode = "204", description = "Erased (or nothing was left)")
    public Response erase(@PathParam("mentorId") String mentorId, @Context SecurityContext security) {
        erasure.erase(Roles.viewer(security), new MentorId(mentorId));
        return Response.noContent().build();
    }
}
