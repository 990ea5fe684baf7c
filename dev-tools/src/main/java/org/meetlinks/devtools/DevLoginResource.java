package org.meetlinks.devtools;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import org.meetlinks.testkit.DevTokens;

/** GET /dev-tools/login?user=&amp;role=: signs a dev token, redirects to /mentor/#token=&lt;jwt&gt;; else a form. */
@Path("login")
@ApplicationScoped
public class DevLoginResource {
    static final String KEY_PROPERTY = "meetlinks.dev.jwt-private-key";
    /** As long as scripts/dev-token's default: a working day. */
    static final Duration LIFETIME = Duration.ofHours(8);

    private static final System.Logger LOG = System.getLogger(DevLoginResource.class.getName());
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    @GET
    public Response login(@QueryParam("user") String user, @QueryParam("role") String role, @Context UriInfo uri) {
        if (user == null && role == null) {
            return page(Response.Status.OK, DevLoginPage.form("m-1", "mentor", null));
        }
        String chosenRole = role == null || role.isBlank() ? "mentor" : role;
        if (!DevLoginRules.validSubject(user) || !DevLoginRules.validGroup(chosenRole)) {
            return page(
                    Response.Status.BAD_REQUEST,
                    DevLoginPage.form(
                            user == null ? "" : user,
                            chosenRole,
                            "The user id must be 1-128 letters, digits, '.', '_', ':', '@' or '-', and the role one of "
                                    + "mentor, mentee, admin, booking-system."));
        }
        String keyFile = System.getProperty(KEY_PROPERTY, "");
        if (keyFile.isBlank()) {
            return page(
                    Response.Status.SERVICE_UNAVAILABLE,
                    DevLoginPage.form(
                            user,
                            chosenRole,
                            "The dev login is not configured: start the server with -D" + KEY_PROPERTY
                                    + "=<path to config/dev/jwt-private.pem>."));
        }
        try {
            DevTokens tokens = new DevTokens(
                    DevTokens.readKey(java.nio.file.Path.of(keyFile)),
                    DevTokens.DEV_ISSUER,
                    LIFETIME,
                    Clock.systemUTC());
            String token = tokens.mint(user, chosenRole);
            URI mentorPage = uri.getBaseUri().resolve("/mentor/#token=" + token);
            return Response.status(Response.Status.FOUND)
                    .location(mentorPage)
                    .header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer")
                    .build();
        } catch (IOException | GeneralSecurityException e) {
            LOG.log(Level.WARNING, "Dev login cannot use the key in " + keyFile, e);
            return page(
                    Response.Status.SERVICE_UNAVAILABLE,
                    DevLoginPage.form(
                            user, chosenRole, "The dev key in " + keyFile + " cannot be used: " + e.getMessage()));
        }
    }

    private static Response page(Response.Status status, String html) {
        return Response.status(status)
                .type(HTML)
                .entity(html)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; form-action 'self'; frame-ancestors 'none'")
                .build();
    }
}
