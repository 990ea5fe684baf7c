package org.meetlinks.simulator.oauth;

/** An OAuth protocol error to be answered in the provider's error format. */
public final class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final boolean clientBug;

    /**
     * Creates the error.
     *
     * @param status      HTTP status
     * @param error       OAuth error code, e.g. invalid_grant
     * @param description human-readable description
     * @param clientBug   whether a correct client could never cause it (then it is listed as a rejected request)
     */
    public OAuthError(int status, String error, String description, boolean clientBug) {
        super(description);
        this.status = status;
        this.error = error;
        this.clientBug = clientBug;
    }

    /** HTTP status. */
    public int status() {
        return status;
    }

    /** OAuth error code. */
    public String error() {
        return error;
    }

    /** Human-readable description. */
    public String description() {
        return getMessage();
    }

    /** Whether it reveals a client bug rather than a normal condition such as a revoked grant. */
    public boolean clientBug() {
        return clientBug;
    }
}
