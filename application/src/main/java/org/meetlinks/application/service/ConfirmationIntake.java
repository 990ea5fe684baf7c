package org.meetlinks.application.service;

import java.util.Optional;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.domain.MeetingLink;

/**
 * What a confirmation's intake transaction did, with the link it stored (none for a duplicate or a session stored
 * before) and the claim of the link's first run, when it took one.
 */
sealed interface ConfirmationIntake
        permits ConfirmationIntake.StoredLink, ConfirmationIntake.ClaimedLink, ConfirmationIntake.NoNewLink {
    Intake intake();

    Optional<MeetingLink> link();

    Optional<Claim> claim();

    static ConfirmationIntake without(Intake intake) {
        return new NoNewLink(intake);
    }

    /** What the intake transaction did with the confirmation. */
    enum Intake {
        /** Stored a confirmed session: its meeting is to be made. */
        STORED(BookingOutcome.Result.APPLIED),
        /** Stored a session that was cancelled before it was confirmed: no meeting, no email. */
        STORED_CANCELLED(BookingOutcome.Result.IGNORED),
        /** A new event id, but the session was stored before: nothing changed. */
        SESSION_KNOWN(BookingOutcome.Result.IGNORED),
        /** The event id was handled before. */
        DUPLICATE(BookingOutcome.Result.DUPLICATE);

        private final BookingOutcome.Result result;

        Intake(BookingOutcome.Result result) {
            this.result = result;
        }

        BookingOutcome.Result result() {
            return result;
        }
    }

    /** The intake stored the session's link as built, and no run for it (a session cancelled before). */
    record StoredLink(Intake intake, MeetingLink stored) implements ConfirmationIntake {
        @Override
        public Optional<MeetingLink> link() {
            return Optional.of(stored);
        }

        @Override
        public Optional<Claim> claim() {
            return Optional.empty();
        }
    }

    /** The intake stored the session's link claimed for its first run, which then needs no claim transaction. */
    record ClaimedLink(Intake intake, MeetingLink stored, Claim first) implements ConfirmationIntake {
        @Override
        public Optional<MeetingLink> link() {
            return Optional.of(stored);
        }

        @Override
        public Optional<Claim> claim() {
            return Optional.of(first);
        }
    }

    /** The intake stored no link (a duplicate, or a session stored before). */
    record NoNewLink(Intake intake) implements ConfirmationIntake {
        @Override
        public Optional<MeetingLink> link() {
            return Optional.empty();
        }

        @Override
        public Optional<Claim> claim() {
            return Optional.empty();
        }
    }
}
