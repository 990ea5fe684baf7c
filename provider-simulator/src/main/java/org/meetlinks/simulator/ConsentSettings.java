package org.meetlinks.simulator;

import java.util.List;

/**
 * How the simulated consent screens behave: approve at once or show a page, which account signs in, and which of
 * the requested scopes the user grants (like unticking permissions on Google's granular consent screen).
 */
public final class ConsentSettings {

    /** Account used when neither the control API nor a login_hint names one. */
    public static final String DEFAULT_ACCOUNT = "mentor@example.com";

    /**
     * One consistent view of the settings.
     *
     * @param grantedScopes the only scopes a consent grants (of those requested), or null to grant all requested
     */
    public record Snapshot(boolean autoApprove, String accountEmail, List<String> grantedScopes) {

        /** Copies the list defensively. */
        public Snapshot {
            grantedScopes = grantedScopes == null ? null : List.copyOf(grantedScopes);
        }

        /** The requested scopes this consent grants. */
        public List<String> grant(List<String> requested) {
            return grantedScopes == null
                    ? requested
                    : requested.stream().filter(grantedScopes::contains).toList();
        }
    }

    private volatile boolean startupAutoApprove;
    private volatile Snapshot current;

    /** Creates the settings with the given start-up auto-approve choice. */
    public ConsentSettings(boolean autoApprove) {
        this.startupAutoApprove = autoApprove;
        this.current = new Snapshot(autoApprove, DEFAULT_ACCOUNT, null);
    }

    /** The current settings. */
    public Snapshot current() {
        return current;
    }

    /** Changes the given fields; a null leaves that field as it is. */
    public synchronized Snapshot update(Boolean autoApprove, String accountEmail) {
        if (accountEmail != null && !accountEmail.contains("@")) {
            throw new IllegalArgumentException("accountEmail must be an e-mail address");
        }
        Snapshot old = current;
        current = new Snapshot(
                autoApprove == null ? old.autoApprove() : autoApprove,
                accountEmail == null ? old.accountEmail() : accountEmail,
                old.grantedScopes());
        return current;
    }

    /** From now on consents grant only these of the requested scopes; null grants all requested again. */
    public synchronized Snapshot grantOnly(List<String> scopes) {
        Snapshot old = current;
        current = new Snapshot(old.autoApprove(), old.accountEmail(), scopes);
        return current;
    }

    /** Makes the given auto-approve choice the one that reset() returns to. */
    public synchronized void startupAutoApprove(boolean autoApprove) {
        this.startupAutoApprove = autoApprove;
        update(autoApprove, null);
    }

    /** Back to the start-up choice, the default account and all requested scopes granted. */
    public synchronized void reset() {
        current = new Snapshot(startupAutoApprove, DEFAULT_ACCOUNT, null);
    }
}
