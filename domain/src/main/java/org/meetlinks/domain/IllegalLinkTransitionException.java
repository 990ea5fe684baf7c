package org.meetlinks.domain;

/** A meeting link was asked to move to a status its lifecycle does not allow. */
public class IllegalLinkTransitionException extends DomainException {
    public IllegalLinkTransitionException(LinkStatus from, String action) {
        super("status", "cannot " + action + " a meeting link that is " + from);
    }
}
