package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.meetlinks.application.port.in.BrowserBinding;
import org.meetlinks.application.port.in.ConnectProviderUseCase;
import org.meetlinks.application.port.in.ManageConnectionsUseCase;

/** /api/me/connections: the signed-in mentor's Google and Zoom connections. */
@Path("api/me/connections")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MENTOR})
public class ConnectionsResource {
    private final ConnectProviderUseCase connect;
    private final ManageConnectionsUseCase manage;
    private final ConnectCookie cookie;

    @Inject
    public ConnectionsResource(ConnectProviderUseCase connect, ManageConnectionsUseCase manage, ConnectCookie cookie) {
        this.connect = connect;
        this.manage = manage;
        this.cookie = cookie;
    }

    /** For CDI client proxies only. */
    protected ConnectionsResource() {
        this(null, null, null);
    }

    @GET
    @Operation(summary = "The signed-in mentor's Google and Zoom connections")
    @APIResponse(
            responseCode = "200",
            description = "One entry per provider",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "example", value = ApiExamples.CONNECTIONS)))
    public List<ConnectionResponse> list(@Context SecurityContext security) {
        return manage.connections(Roles.viewer(security)).stream()
                .map(ConnectionResponse::of)
                .toList();
    }

    @POST
    @Path("{provider}/authorize")
    @Operation(
            summary = "Start connecting google or zoom: where to send the browser (state and PKCE kept server-side); "
                    + "sets the cookie that binds the connect to this browser")
    @APIResponse(
            responseCode = "200",
            description = "The provider's consent URL",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "example", value = ApiExamples.AUTHORIZATION)))
    public Response authorize(@PathParam("provider") String provider, @Context SecurityContext security) {
        BrowserBinding browser = BrowserBinding.fresh();
        String consentUrl = connect.beginConnect(Roles.viewer(security), Providers.platform(provider), browser)
                .toString();
        return Response.ok(new AuthorizationResponse(consentUrl))
                .cookie(cookie.set(browser))
                .build();
    }

    @DELETE
    @Path("{provider}")
    @Operation(summary = "Disconnect: revoke the grant at the provider and forget the tokens")
    @APIResponse(responseCode = "204", description = "Disconnected")
    public Response disconnect(@PathParam("provider") String provider, @Context SecurityContext security) {
        manage.disconnect(Roles.viewer(security), Providers.platform(provider));
        return Response.noContent().build();
    }
}
