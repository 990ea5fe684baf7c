package org.meetlinks.application.port.in;

import java.util.Optional;
import org.meetlinks.domain.Platform;

/** A mentor's default platform for new meetings. */
public interface ManagePreferencesUseCase {
    Optional<Platform> defaultPlatform(Viewer mentor);

    Platform setDefaultPlatform(Viewer mentor, Platform platform);
}
