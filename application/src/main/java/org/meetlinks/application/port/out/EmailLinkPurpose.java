package org.meetlinks.application.port.out;

/** The one thing an emailed link lets its mentor do. */
public enum EmailLinkPurpose {
    /** Reconnect one provider (Google or Zoom) of the mentor: starts that provider's consent. */
    RECONNECT,
    /** Add a link by hand to one session of the mentor. */
    ADD_LINK
}
