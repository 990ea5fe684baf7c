package org.meetlinks.application.port.out;

import java.util.Optional;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** Reads the stored grant of a connected account (only while the connection is CONNECTED). */
public interface LoadProviderGrantPort {
    Optional<ProviderGrant> loadGrant(MentorId mentorId, Platform platform);
}
