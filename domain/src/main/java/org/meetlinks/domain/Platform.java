package org.meetlinks.domain;

/** The video platform a meeting link lives on. */
public enum Platform {
    GOOGLE_MEET("Google Meet", "Google"),
    ZOOM("Zoom", "Zoom"),
    MANUAL("a link added by hand", "the mentor's own link");

    private final String displayName;
    private final String accountName;

    Platform(String displayName, String accountName) {
        this.displayName = displayName;
        this.accountName = accountName;
    }

    /** True for platforms a mentor connects an account to (the ones we create meetings on). */
    public boolean isProvider() {
        return this != MANUAL;
    }

    /** How people call the platform's meetings ("Google Meet", "Zoom"). */
    public String displayName() {
        return displayName;
    }

    /** How people call the account a mentor connects ("Google", "Zoom"). */
    public String accountName() {
        return accountName;
    }
}
