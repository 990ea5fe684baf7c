package org.meetlinks.application.service;

import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.domain.FailureKind;

/** Translates the provider ports' failure kinds into the domain's, which the failure policy decides on. */
final class ProviderFailures {
    private ProviderFailures() {}

    static FailureKind kindOf(MeetingProviderException e) {
        return switch (e.kind()) {
            case TRANSIENT -> FailureKind.TRANSIENT;
            case RATE_LIMITED -> FailureKind.RATE_LIMITED;
            case AUTH -> FailureKind.AUTH;
            case MEETINGS_TURNED_OFF -> FailureKind.MEETINGS_TURNED_OFF;
            case PERMANENT -> FailureKind.PERMANENT;
        };
    }
}
