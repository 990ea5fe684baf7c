package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JAX-RS application: /api (bearer JWT), /join (public). */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "meetlinks",
                        version = "0.1.0",
                        description =
                                "Video meeting links for confirmed mentoring sessions: booking events in, join links, "
                                        + "the dashboard, provider connections and preferences. All /api calls need an MP JWT bearer token."))
@LoginConfig(authMethod = "MP-JWT", realmName = "meetlinks")
@DeclareRoles({Roles.MENTOR, Roles.MENTEE, Roles.BOOKING_SYSTEM, Roles.ADMIN})
public class MeetlinksApi extends Application {}
