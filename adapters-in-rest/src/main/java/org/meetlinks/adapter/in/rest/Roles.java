package org.meetlinks.adapter.in.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.meetlinks.application.port.in.Viewer;

/** The JWT groups this service knows, and the caller as a use-case Viewer. */
final class Roles {
    static final String MENTOR = "mentor";
    static final String MENTEE = "mentee";
    static final String BOOKING_SYSTEM = "booking-system";
    static final String ADMIN = "admin";

    private Roles() {}

    static Viewer viewer(SecurityContext security) {
        JsonWebToken jwt = (JsonWebToken) security.getUserPrincipal();
        Set<String> roles = Stream.of(MENTOR, MENTEE, BOOKING_SYSTEM, ADMIN)
                .filter(security::isUserInRole)
                .collect(Collectors.toSet());
        return new Viewer(jwt.getSubject(), roles);
    }
}
