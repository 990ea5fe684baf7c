package org.meetlinks.domain;

/** State of a mentor's link to a provider account. */
public enum ConnectionStatus {
    CONNECTED,
    /** The provider rejected our grant (expired or revoked): the mentor must connect again. */
    NEEDS_RECONNECT,
    DISCONNECTED
}
