package org.meetlinks.application.service;

import org.meetlinks.application.port.in.ForbiddenException;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.domain.MentorId;

/** Checks that the caller acts as a mentor (connections and preferences are mentors' things). */
final class Mentors {
    static final String ROLE = "mentor";

    private Mentors() {}

    static MentorId require(Viewer viewer) {
        if (!viewer.roles().contains(ROLE)) {
            throw new ForbiddenException("only mentors connect video accounts and choose a platform");
        }
        return new MentorId(viewer.userId());
    }
}
