package org.meetlinks.application.service;

import java.util.Optional;
import org.meetlinks.application.port.in.BookingOutcome;

/**
 * What the transaction of a booking change (a reschedule, a cancel) did, and the provider work it leaves for after
 * the commit: the meeting to move or to delete. The provider is never called inside the transaction.
 *
 * @param <W> the provider work: the moved session, or the meeting to delete
 */
sealed interface RecordedChange<W> permits RecordedChange.ProviderWorkLeft, RecordedChange.NoProviderWork {
    BookingOutcome.Result result();

    /** Whether the session is stored (a held change is kept for a session not confirmed yet). */
    boolean sessionKnown();

    Optional<W> providerWork();

    /** The change was applied, and {@code work} is left for the provider. */
    record ProviderWorkLeft<W>(W work) implements RecordedChange<W> {
        @Override
        public BookingOutcome.Result result() {
            return BookingOutcome.Result.APPLIED;
        }

        @Override
        public boolean sessionKnown() {
            return true;
        }

        @Override
        public Optional<W> providerWork() {
            return Optional.of(work);
        }
    }

    /** Nothing for the provider: a duplicate, a held change, one the session ignores, or a link without a meeting. */
    record NoProviderWork<W>(BookingOutcome.Result result, boolean sessionKnown) implements RecordedChange<W> {
        @Override
        public Optional<W> providerWork() {
            return Optional.empty();
        }
    }
}
