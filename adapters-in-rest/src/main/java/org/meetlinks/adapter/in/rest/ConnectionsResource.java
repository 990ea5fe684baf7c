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

    @Inject
    public ConnectionsResource(ConnectProviderUseCase connect, ManageConnectionsUseCase manage) {
        this.connect = connect;
        this.manage = manage;
    }

    /** For CDI client proxies only. */
    protected ConnectionsResource() {
        this(null, null);
    }

    @GET
    public List<ConnectionResponse> list(@Context SecurityContext security) {
        return manage.connections(Roles.viewer(security)).stream().map(ConnectionResponse::of).toList();
    }

    @POST
    @Path("{provider}/authorize")
    public AuthorizationResponse authorize(@PathParam("provider") String provider, @Context SecurityContext security) {
        return new AuthorizationResponse(
                connect.beginConnect(Roles.viewer(security), Providers.platform(provider)).toString());
    }

    @DELETE
    @Path("{provider}")
    public Response disconnect(@PathParam("provider") String provider, @Context SecurityContext security) {
        manage.disconnect(Roles.viewer(security), Providers.platform(provider));
        return Response.noContent().build();
    }
}
