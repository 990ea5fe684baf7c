package org.meetlinks.application.port.in;

import org.meetlinks.domain.MentorId;

/** An administrator erases a mentor: grants revoked at the providers, tokens, preference and personal data gone. */
public interface EraseMentorUseCase {
    /**
     * Idempotent: erasing a mentor with nothing left is no error.
     *
     * @throws ForbiddenException unless {@code admin} is in the admin group
     */
    MentorErasure erase(Viewer admin, MentorId mentorId);
}
