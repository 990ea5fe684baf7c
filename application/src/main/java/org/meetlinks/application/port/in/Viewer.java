package org.meetlinks.application.port.in;

import java.util.Objects;
import java.util.Set;

/** Who is asking: the signed-in user's id and roles (mentor, mentee, booking-system, admin). */
public record Viewer(String userId, Set<String> roles) {
    public static final String ADMIN = "admin";

    public Viewer {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
