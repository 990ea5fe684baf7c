package org.meetlinks.adapter.in.jms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.CancelSessionCommand;
import org.meetlinks.application.port.in.CancelSessionUseCase;
import org.meetlinks.application.port.in.ConfirmSessionCommand;
import org.meetlinks.application.port.in.ConfirmSessionUseCase;
import org.meetlinks.application.port.in.RescheduleSessionCommand;
import org.meetlinks.application.port.in.RescheduleSessionUseCase;

/** The three booking use cases, recording each command they get; they can be told to fail. */
final class RecordingBookingUseCases implements ConfirmSessionUseCase, RescheduleSessionUseCase, CancelSessionUseCase {
    /** One confirmation as the use case received it. */
    record Confirmation(ConfirmSessionCommand command, Duration waitForLink) {}

    private final List<Confirmation> confirmations = new ArrayList<>();
    private final List<RescheduleSessionCommand> reschedules = new ArrayList<>();
    private final List<CancelSessionCommand> cancellations = new ArrayList<>();
    private Optional<RuntimeException> failure = Optional.empty();

    @Override
    public BookingOutcome confirm(ConfirmSessionCommand command, Duration waitForLink) {
        confirmations.add(new Confirmation(command, waitForLink));
        return answer(command.eventId().value(), command.sessionId().value());
    }

    @Override
    public BookingOutcome reschedule(RescheduleSessionCommand command) {
        reschedules.add(command);
        return answer(command.eventId().value(), command.sessionId().value());
    }

    @Override
    public BookingOutcome cancel(CancelSessionCommand command) {
        cancellations.add(command);
        return answer(command.eventId().value(), command.sessionId().value());
    }

    /** From now on every use case fails with this exception, after recording its command. */
    void failWith(RuntimeException e) {
        failure = Optional.of(e);
    }

    /** From now on the use cases succeed again. */
    void recover() {
        failure = Optional.empty();
    }

    List<Confirmation> confirmations() {
        return confirmations;
    }

    List<RescheduleSessionCommand> reschedules() {
        return reschedules;
    }

    List<CancelSessionCommand> cancellations() {
        return cancellations;
    }

    /** How many commands reached any of the use cases. */
    int calls() {
        return confirmations.size() + reschedules.size() + cancellations.size();
    }

    private BookingOutcome answer(String eventId, String sessionId) {
        failure.ifPresent(e -> {
            throw e;
        });
        return BookingOutcome.beforeConfirmation(eventId, sessionId, false);
    }
}
