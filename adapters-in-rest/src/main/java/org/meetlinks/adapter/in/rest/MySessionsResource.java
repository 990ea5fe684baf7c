package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meetlinks.application.port.in.ListMySessionsUseCase;

/** GET /api/me/sessions: the signed-in mentor's or mentee's own upcoming sessions with links and status. */
@Path("api/me/sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MENTOR, Roles.MENTEE, Roles.ADMIN})
@Tag(name = "Dashboard", description = "What the signed-in mentor or mentee sees of their sessions")
@SecurityScheme(
        securitySchemeName = "meetlinks-jwt",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "MicroProfile JWT; groups mentor, mentee, booking-system, admin")
public class MySessionsResource {
    private static final String ROWS_EXAMPLE = """
            {"sessions":[{"sessionId":"s-123","startsAt":"2026-12-01T15:00:00Z","endsAt":"2026-12-01T16:00:00Z",
             "timeZone":"Europe/Berlin","topic":"Career chat","role":"MENTOR","counterpartName":"Bo",
             "joinUrl":"https://meetlinks.example.org/join/3q2-Rk9xVw0bN1mJcT7uYh4LpZs8aEfGdHiKoQrStUv",
             "url":"https://us05web.zoom.us/j/81234567890?pwd=Ab12Cd34","platform":"ZOOM","status":"ACTIVE",
             "statusText":"Ready"},
             {"sessionId":"s-124","startsAt":"2026-12-03T09:00:00Z","endsAt":"2026-12-03T09:30:00Z",
             "timeZone":"Europe/Berlin","topic":"Code review","role":"MENTOR","counterpartName":"Cy",
             "joinUrl":"https://meetlinks.example.org/join/Zx8-Lk2mNb4vCx6zAs1dFg3hJk5lQw7eRt9yUi0oPp1",
             "status":"AWAITING_MANUAL_LINK","statusText":"Waiting for your manual link",
             "failureReason":"Zoom connection needs reconnecting"}],
             "from":"2026-11-25T10:00:00Z","to":"2027-02-23T10:00:00Z","page":0,"size":20,"hasMore":false}""";
    private static final String BAD_PARAM_EXAMPLE = """
            {"type":"about:blank","title":"Invalid input","status":400,
             "detail":"from must be an ISO-8601 instant such as 2026-12-01T15:00:00Z","field":"from"}""";

    private final ListMySessionsUseCase listMySessions;

    @Inject
    public MySessionsResource(ListMySessionsUseCase listMySessions) {
        this.listMySessions = listMySessions;
    }

    /** For CDI client proxies only. */
    protected MySessionsResource() {
        this(null);
    }

    @GET
    @Operation(
            summary = "List my upcoming sessions with their meeting links",
            description = "Sessions where the caller (the JWT subject) is the mentor or the mentee, ordered by start. "
                    + "A session in progress is included. The mentor also sees why a link is missing (failureReason).")
    @SecurityRequirement(name = "meetlinks-jwt")
    @APIResponse(
            responseCode = "200",
            description = "One page of the caller's sessions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MySessionsResponse.class),
                            examples = @ExampleObject(name = "mentor", value = ROWS_EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            description = "A query parameter is malformed or out of range",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "bad from", value = BAD_PARAM_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token has none of the groups mentor, mentee, admin")
    public MySessionsResponse list(
            @Parameter(
                            description =
                                    "Start of the window (ISO-8601 instant); sessions ending after it are listed. "
                                            + "Default: now",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                            example = "2026-12-01T00:00:00Z")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description =
                                    "End of the window (ISO-8601 instant); sessions starting before it are listed. "
                                            + "Default: 90 days after from",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                            example = "2027-03-01T00:00:00Z")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Page number, 0-based",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            maximum = "10000",
                                            defaultValue = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Sessions per page",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("size")
                    String size,
            @Context SecurityContext security) {
        return MySessionsResponse.of(
                listMySessions.listMySessions(MySessionsParams.parse(Roles.viewer(security), from, to, page, size)));
    }
}
