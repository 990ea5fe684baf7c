package org.meetlinks.application.port.in;

/** Follows a public join URL to the real meeting, or says why it cannot yet. */
public interface ResolveJoinLinkUseCase {
    /** @throws NotFoundException for unknown or malformed tokens */
    JoinDestination resolve(String joinToken);
}
