package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.meetlinks.application.port.in.GetMeetingLinkUseCase;
import org.meetlinks.application.port.in.SetManualLinkCommand;
import org.meetlinks.application.port.in.SetManualLinkUseCase;
import org.meetlinks.domain.DomainException;

/** GET/PUT /api/sessions/{sessionId}/meeting-link for the session's mentor and mentee. */
@Path("api/sessions/{sessionId}/meeting-link")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MENTOR, Roles.MENTEE, Roles.ADMIN})
public class MeetingLinkResource {
    private final GetMeetingLinkUseCase getLink;
    private final SetManualLinkUseCase setLink;

    @Inject
    public MeetingLinkResource(GetMeetingLinkUseCase getLink, SetManualLinkUseCase setLink) {
        this.getLink = getLink;
        this.setLink = setLink;
    }

    /** For CDI client proxies only. */
    protected MeetingLinkResource() {
        this(null, null);
    }

    @GET
    @Operation(summary = "The session's meeting link (its mentor, its mentee, or an admin; others get 404)")
    @APIResponse(
            responseCode = "200",
            description = "The stable join URL, and the real link once there is one",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "example", value = ApiExamples.MEETING_LINK)))
    public MeetingLinkResponse get(@PathParam("sessionId") String sessionId, @Context SecurityContext security) {
        return MeetingLinkResponse.of(getLink.getMeetingLink(PathIds.sessionId(sessionId), Roles.viewer(security)));
    }

    @PUT
    @Operation(
            summary =
                    "The session's mentor sets the link by hand (https only, no credentials, at most 2,048 characters)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "manual", value = ApiExamples.MANUAL_LINK)))
    @APIResponse(responseCode = "200", description = "The link is active; the join URL redirects to it")
    @APIResponse(responseCode = "400", description = "The URL is not a safe https link (field url)")
    @APIResponse(responseCode = "403", description = "The caller is the session's mentee")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingLinkResponse setManual(
            @PathParam("sessionId") String sessionId, ManualLinkRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw new DomainException("url", "a JSON body {\"url\":\"https://...\"} is required");
        }
        return MeetingLinkResponse.of(setLink.setManualLink(
                SetManualLinkCommand.of(PathIds.sessionId(sessionId), request.url(), Roles.viewer(security))));
    }
}
