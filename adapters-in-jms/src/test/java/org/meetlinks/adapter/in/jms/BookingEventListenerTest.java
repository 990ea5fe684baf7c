package org.meetlinks.adapter.in.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.ConfirmSessionCommand;
import org.meetlinks.contract.bookingevent.BookingEventHandler;

/**
 * The booking-event listener: a good event reaches its use case without waiting for the link, an event that can
 * never succeed goes to the exception queue at once, and any other failure is thrown for the broker to redeliver.
 */
class BookingEventListenerTest {
    static final String CONFIRMED = """
            {"type":"BookingConfirmed","eventId":"ev-confirm-1","sessionId":"s-123",
             "mentor":{"id":"m-1","name":"Ada","email":"ada@example.org","timeZone":"Europe/Berlin"},
             "mentee":{"id":"e-9","name":"Bo","email":"bo@example.org"},
             "startsAt":"2026-12-01T15:00:00Z","endsAt":"2026-12-01T16:00:00Z",
             "timeZone":"Europe/Berlin","topic":"Career chat"}""";

    private final RecordingBookingUseCases useCases = new RecordingBookingUseCases();
    private final FakeDeadLetters deadLetters = new FakeDeadLetters();
    private final List<BookingOutcome.Result> results = new ArrayList<>();
    private final BookingEventListener listener = listener();

    @Test
    void each_handled_delivery_is_counted_by_its_result_and_only_those() {
        listener.onMessage(FakeMessages.text("ID:20", CONFIRMED, 1));
        listener.onMessage(FakeMessages.text("ID:21", "{not json", 1));
        useCases.failWith(new IllegalStateException("database unavailable"));
        assertThatThrownBy(() -> listener.onMessage(FakeMessages.text("ID:22", CONFIRMED, 1)))
                .isInstanceOf(IllegalStateException.class);

        // The fake answers as for a change held before its confirmation; the malformed and the failed one count not.
        assertThat(results).containsExactly(BookingOutcome.Result.HELD);
    }

    @Test
    void a_confirmation_reaches_the_confirm_use_case_as_parsed_and_only_acknowledges() {
        listener.onMessage(FakeMessages.text("ID:1", CONFIRMED, 1));

        assertThat(useCases.confirmations()).hasSize(1);
        RecordingBookingUseCases.Confirmation confirmation =
                useCases.confirmations().get(0);
        ConfirmSessionCommand command = confirmation.command();
        assertThat(command.eventId().value()).isEqualTo("ev-confirm-1");
        assertThat(command.sessionId().value()).isEqualTo("s-123");
        assertThat(command.mentor().email()).isEqualTo("ada@example.org");
        assertThat(command.mentee().email()).isEqualTo("bo@example.org");
        assertThat(command.startsAt()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(command.endsAt()).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(command.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(command.topic()).isEqualTo("Career chat");
        // JMS only acknowledges: waiting for the meeting would hold the delivery (and its transaction) open.
        assertThat(confirmation.waitForLink()).isEqualTo(Duration.ZERO);
        assertThat(deadLetters.moved()).isEmpty();
    }

    @Test
    void reschedule_and_cancel_reach_their_own_use_cases() {
        listener.onMessage(FakeMessages.text("ID:2", """
                {"type":"BookingRescheduled","eventId":"ev-move-1","sessionId":"s-123",
                 "startsAt":"2026-12-02T15:00:00Z","endsAt":"2026-12-02T16:00:00Z","timeZone":"Europe/Berlin"}""", 1));
        listener.onMessage(FakeMessages.text(
                "ID:3", "{\"type\":\"BookingCancelled\",\"eventId\":\"ev-cancel-1\",\"sessionId\":\"s-123\"}", 1));

        assertThat(useCases.confirmations()).isEmpty();
        assertThat(useCases.reschedules()).singleElement().satisfies(move -> {
            assertThat(move.eventId().value()).isEqualTo("ev-move-1");
            assertThat(move.startsAt()).isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
        });
        assertThat(useCases.cancellations())
                .singleElement()
                .satisfies(cancel -> assertThat(cancel.sessionId().value()).isEqualTo("s-123"));
        assertThat(deadLetters.moved()).isEmpty();
    }

    @Test
    void unreadable_json_goes_to_the_exception_queue_at_once_naming_the_body() {
        Message message = FakeMessages.text("ID:4", "{not json", 1);

        listener.onMessage(message);

        assertThat(useCases.calls()).isZero();
        assertThat(deadLetters.moved()).singleElement().satisfies(moved -> {
            assertThat(moved.message()).isSameAs(message);
            assertThat(moved.field()).isEqualTo("body");
            assertThat(moved.reason()).contains("not valid JSON");
        });
    }

    @Test
    void an_unknown_event_type_goes_to_the_exception_queue_naming_the_type() {
        listener.onMessage(FakeMessages.text(
                "ID:5", "{\"type\":\"BookingForgotten\",\"eventId\":\"ev-x\",\"sessionId\":\"s-123\"}", 1));

        assertThat(useCases.calls()).isZero();
        assertThat(deadLetters.moved()).singleElement().satisfies(moved -> {
            assertThat(moved.field()).isEqualTo("type");
            assertThat(moved.reason()).contains("BookingConfirmed, BookingRescheduled or BookingCancelled");
        });
    }

    @Test
    void an_invalid_field_goes_to_the_exception_queue_naming_that_field() {
        listener.onMessage(FakeMessages.text("ID:6", CONFIRMED.replace("ada@example.org", "not-an-address"), 1));

        assertThat(useCases.calls()).isZero();
        assertThat(deadLetters.moved())
                .singleElement()
                .satisfies(moved -> assertThat(moved.field()).isEqualTo("mentor.email"));
    }

    @Test
    void a_message_that_is_not_text_goes_to_the_exception_queue() {
        Message message = FakeMessages.bytes("ID:7");

        listener.onMessage(message);

        assertThat(useCases.calls()).isZero();
        assertThat(deadLetters.moved()).singleElement().satisfies(moved -> {
            assertThat(moved.message()).isSameAs(message);
            assertThat(moved.field()).isEqualTo("body");
            assertThat(moved.reason()).contains("expected a JMS TextMessage");
        });
    }

    @Test
    void a_failing_use_case_is_thrown_so_the_broker_redelivers_and_nothing_is_dead_lettered() {
        IllegalStateException down = new IllegalStateException("database unavailable");
        useCases.failWith(down);

        assertThatThrownBy(() -> listener.onMessage(FakeMessages.text("ID:8", CONFIRMED, 3)))
                .isSameAs(down);
        assertThat(useCases.confirmations()).hasSize(1);
        assertThat(deadLetters.moved()).isEmpty();
    }

    @Test
    void a_redelivery_runs_the_use_case_again_with_the_same_event() {
        useCases.failWith(new IllegalStateException("database unavailable"));
        assertThatThrownBy(() -> listener.onMessage(FakeMessages.text("ID:9", CONFIRMED, 1)))
                .isInstanceOf(IllegalStateException.class);

        useCases.recover();
        listener.onMessage(FakeMessages.text("ID:9", CONFIRMED, 2));

        // The adapter keeps no memory of deliveries: the use case sees the event again (its event id makes it safe).
        assertThat(useCases.confirmations())
                .extracting(c -> c.command().eventId().value())
                .containsExactly("ev-confirm-1", "ev-confirm-1");
        assertThat(deadLetters.moved()).isEmpty();
    }

    @Test
    void a_broker_without_a_delivery_count_does_not_hide_the_failure() {
        IllegalStateException down = new IllegalStateException("database unavailable");
        useCases.failWith(down);

        assertThatThrownBy(() -> listener.onMessage(FakeMessages.textWithoutDeliveryCount("ID:10", CONFIRMED)))
                .isSameAs(down);
    }

    @Test
    void a_body_that_cannot_be_read_is_thrown_for_redelivery_not_dead_lettered() {
        assertThatThrownBy(() -> listener.onMessage(FakeMessages.unreadableText("ID:11")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not read the message text")
                .hasRootCauseMessage("connection to the broker lost");
        assertThat(useCases.calls()).isZero();
        assertThat(deadLetters.moved()).isEmpty();
    }

    @Test
    void when_the_exception_queue_cannot_be_reached_the_malformed_message_is_thrown_back_not_lost() {
        IllegalStateException noQueue = new IllegalStateException("could not move the message");
        deadLetters.failWith(noQueue);

        assertThatThrownBy(() -> listener.onMessage(FakeMessages.text("ID:12", "{not json", 1)))
                .isSameAs(noQueue);
        assertThat(useCases.calls()).isZero();
    }

    private BookingEventListener listener() {
        BookingEventListener made = new BookingEventListener();
        made.wire(
                new BookingEventWork(new BookingEventHandler(useCases, useCases, useCases)), deadLetters, results::add);
        return made;
    }
}
