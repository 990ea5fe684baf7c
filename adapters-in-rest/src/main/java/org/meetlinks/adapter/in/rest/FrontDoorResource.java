package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The front door at {@code /}: a small page that says what this service is and where its pages are. */
@Path("")
@ApplicationScoped
@PermitAll
public class FrontDoorResource {
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>meetlinks</title></head>
            <body>
            <h1>meetlinks</h1>
            <p>Video meeting links for confirmed mentoring sessions.</p>
            <ul>
            <li><a href="/mentor/">Mentor page</a>: connect Google or Zoom, choose your default, see your sessions
            (open it from your dashboard to be signed in)</li>
            <li><a href="/health">Health</a></li>
            <li><a href="/openapi">API description</a> (OpenAPI)</li>
            </ul>
            </body>
            </html>
            """;

    @GET
    @Operation(hidden = true)
    public Response page() {
        Response.ResponseBuilder response = Response.ok(PAGE, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        MentorPageHeaders.forPath("/").forEach(response::header);
        return response.build();
    }
}
