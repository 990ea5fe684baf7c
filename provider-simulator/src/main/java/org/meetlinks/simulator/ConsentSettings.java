package org.meetlinks.simulator;

/** How the simulated consent screens behave: approve at once or show a page, and which account signs in. */
public final class ConsentSettings {

    /** Account used when neither the control API nor a login_hint names one. */
    public static final String DEFAULT_ACCOUNT = "mentor@example.com";

    /** One consistent view of the settings. */
    public record Snapshot(boolean autoApprove, String accountEmail) {
    }

    private volatile boolean startupAutoApprove;
    private volatile Snapshot current;

    /** Creates the settings with the given start-up auto-approve choice. */
    public ConsentSettings(boolean autoApprove) {
        this.startupAutoApprove = autoApprove;
        this.current = new Snapshot(autoApprove, DEFAULT_ACCOUNT);
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
        current = new Snapshot(autoApprove == null ? old.autoApprove() : autoApprove,
                accountEmail == null ? old.accountEmail() : accountEmail);
        return current;
    }

    /** Makes the given auto-approve choice the one that reset() returns to. */
    public synchronized void startupAutoApprove(boolean autoApprove) {
        this.startupAutoApprove = autoApprove;
        update(autoApprove, null);
    }

    /** Back to the start-up choice and the default account. */
    public synchronized void reset() {
        current = new Snapshot(startupAutoApprove, DEFAULT_ACCOUNT);
    }
}
