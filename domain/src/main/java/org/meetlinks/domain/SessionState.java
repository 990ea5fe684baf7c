package org.meetlinks.domain;

/** Booking state of a mentoring session as told by the booking system. */
public enum SessionState {
    CONFIRMED,
    CANCELLED
}
