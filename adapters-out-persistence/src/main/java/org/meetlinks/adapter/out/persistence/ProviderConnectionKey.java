package org.meetlinks.adapter.out.persistence;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of provider_connection: one row per mentor and platform. */
class ProviderConnectionKey implements Serializable {
    private static final long serialVersionUID = 1L;
    String mentorId;
    String platform;

    ProviderConnectionKey() {}

    ProviderConnectionKey(String mentorId, String platform) {
        this.mentorId = mentorId;
        this.platform = platform;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProviderConnectionKey k
                && Objects.equals(mentorId, k.mentorId)
                && Objects.equals(platform, k.platform);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mentorId, platform);
    }
}
