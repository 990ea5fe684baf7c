package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Serves the mentor page's files at /mentor/ (the JAX-RS app owns /*, so the container never does). */
@Path("mentor")
@ApplicationScoped
@PermitAll
public class MentorPageResource {

    @GET
    @Operation(hidden = true)
    public Response index() {
        return file(MentorPageFiles.INDEX);
    }

    @GET
    @Path("{file}")
    @Operation(hidden = true)
    public Response file(@PathParam("file") String name) {
        MentorPageFiles.Asset asset =
                MentorPageFiles.find(name).orElseThrow(() -> new NotFoundException("no such file of the mentor page"));
        return Response.ok(asset.bytes(), asset.mediaType()).build();
    }
}
