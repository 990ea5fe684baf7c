package org.meetlinks.domain;

/** The video platform a meeting link lives on. */
public enum Platform {
    GOOGLE_MEET,
    ZOOM,
    MANUAL;

    /** True for platforms a mentor connects an account to (the ones we create meetings on). */
    public boolean isProvider() {
        return this != MANUAL;
    }
}
