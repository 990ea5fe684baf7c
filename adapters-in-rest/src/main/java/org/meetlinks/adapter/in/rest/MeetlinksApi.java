package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The JAX-RS application: /api (bearer JWT), /join (public). */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "meetlinks")
@DeclareRoles({Roles.MENTOR, Roles.MENTEE, Roles.BOOKING_SYSTEM, Roles.ADMIN})
public class MeetlinksApi extends Application {
}
