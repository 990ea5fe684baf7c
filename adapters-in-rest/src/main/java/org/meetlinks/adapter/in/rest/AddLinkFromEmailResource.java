package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.meetlinks.application.port.in.AddLinkFromEmailUseCase;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.EmailedSessionView;
import org.meetlinks.application.port.in.ForbiddenException;
import org.meetlinks.application.port.in.MeetingLinkView;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.domain.DomainException;

/**
 * /from-email/add-link/{token}: the page of the "add a link by hand" email. GET shows the session and a form, POST
 * sets that session's link (nothing else) and spends the emailed link; no sign-in needed.
 */
@Path("from-email/add-link/{token}")
@ApplicationScoped
@PermitAll
public class AddLinkFromEmailResource {
    private static final System.Logger LOG = System.getLogger(AddLinkFromEmailResource.class.getName());
    private static final String WHAT_IT_DID = "saved a meeting link for this session";
    private final AddLinkFromEmailUseCase addLink;

    @Inject
    public AddLinkFromEmailResource(AddLinkFromEmailUseCase addLink) {
        this.addLink = addLink;
    }

    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /** For CDI client proxies only. */
    protected AddLinkFromEmailResource() {
        this(null);
    }

    @GET
    @Operation(
            summary = "The add-a-link page of the email: the session and a form; 404/410 page for an unknown, "
                    + "used or expired link")
    public Response form(@PathParam("token") String token, @Context UriInfo uri) {
        try {
            return EmailLinkPages.page(
                    Response.Status.OK,
                    EmailLinkPages.addLinkForm(uri.getRequestUri().getRawPath(), addLink.openAddLink(token), "", ""));
        } catch (EmailLinkRefusedException e) {
            return EmailLinkPages.refused(e, WHAT_IT_DID);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "Sets the session's link from the add-a-link page (form field url); 422 page naming the "
                    + "problem (the typed link kept), 404/410 page for an unknown, used or expired link")
    public Response save(@PathParam("token") String token, @FormParam("url") String url, @Context UriInfo uri) {
        String typed = url == null ? "" : url.strip();
        try {
            MeetingLinkView saved = addLink.setLinkFromEmail(token, typed);
            return EmailLinkPages.page(
                    Response.Status.OK, EmailLinkPages.linkSaved(saved.url().orElse(typed), saved.joinUrl()));
        } catch (DomainException e) {
            return form(token, uri, typed, e.getMessage());
        } catch (EmailLinkRefusedException e) {
            return EmailLinkPages.refused(e, WHAT_IT_DID);
        } catch (ForbiddenException | NotFoundException e) {
            LOG.log(Level.INFO, "An emailed add-a-link was refused: {0}", e.getMessage());
            return EmailLinkPages.refused(
                    new EmailLinkRefusedException(EmailLinkRefusedException.Reason.UNKNOWN, e.getMessage()),
                    WHAT_IT_DID);
        }
    }

    private Response form(String token, UriInfo uri, String typed, String problem) {
        try {
            EmailedSessionView session = addLink.openAddLink(token);
            // 422, not 400: RESTEasy rewrites a text/html entity of a 400 answer as escaped text (its HTML
            // sanitizer), which would show the mentor the page's source instead of the form.
            return EmailLinkPages.page(
                    UNPROCESSABLE,
                    EmailLinkPages.addLinkForm(uri.getRequestUri().getRawPath(), session, typed, problem));
        } catch (EmailLinkRefusedException e) {
            return EmailLinkPages.refused(e, WHAT_IT_DID);
        }
    }
}
