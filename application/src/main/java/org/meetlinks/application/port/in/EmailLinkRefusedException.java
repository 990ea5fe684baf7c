package org.meetlinks.application.port.in;

import java.util.Objects;

/** An emailed link that cannot do its thing (any more): nothing was changed. */
public class EmailLinkRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the link was refused; each reason has its own page. */
    public enum Reason {
        /** No such link (mistyped, or never sent). */
        UNKNOWN,
        /** It already did its one thing. */
        USED,
        /** Its lifetime is over. */
        EXPIRED,
        /** A reconnect link consented with another account than the connected one. */
        OTHER_ACCOUNT
    }

    private final Reason reason;

    public EmailLinkRefusedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
