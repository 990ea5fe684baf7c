package org.meetlinks.contract.bookingevent;

import java.util.Objects;
import org.meetlinks.application.port.in.CancelSessionUseCase;
import org.meetlinks.application.port.in.ConfirmSessionUseCase;
import org.meetlinks.application.port.in.RescheduleSessionUseCase;

/** The three use cases booking events drive. */
public record BookingUseCases(
        ConfirmSessionUseCase confirm, RescheduleSessionUseCase reschedule, CancelSessionUseCase cancel) {
    public BookingUseCases {
        Objects.requireNonNull(confirm, "confirm");
        Objects.requireNonNull(reschedule, "reschedule");
        Objects.requireNonNull(cancel, "cancel");
    }
}
