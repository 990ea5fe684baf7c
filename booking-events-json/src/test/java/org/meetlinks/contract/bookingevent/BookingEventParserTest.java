package org.meetlinks.contract.bookingevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meetlinks.domain.ChangeOrder;

class BookingEventParserTest {
    static final String CONFIRMED = """
            {"type":"BookingConfirmed","eventId":"9b2f6c1e-1111-4c1b-9a51-0c1d2e3f4a5b","sessionId":"s-123",
             "mentor":{"id":"m-1","name":"Ada","email":"ada@example.org","timeZone":"Europe/Berlin"},
             "mentee":{"id":"e-9","name":"Bo","email":"bo@example.org"},
             "startsAt":"2026-12-01T15:00:00Z","endsAt":"2026-12-01T16:00:00Z",
             "timeZone":"Europe/Berlin","topic":"Career chat"}""";

    private final BookingEventParser parser = new BookingEventParser();

    @Test
    void parses_the_documented_confirmation() {
        BookingEvent.Confirmed event = (BookingEvent.Confirmed) parser.parse(CONFIRMED);
        assertThat(event.command().sessionId().value()).isEqualTo("s-123");
        assertThat(event.command().mentor().timeZone().getId()).isEqualTo("Europe/Berlin");
        assertThat(event.command().startsAt()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
    }

    @Test
    void the_mentees_own_zone_is_optional() {
        BookingEvent.Confirmed without = (BookingEvent.Confirmed) parser.parse(CONFIRMED);
        assertThat(without.command().mentee().timeZone()).isEmpty();
        BookingEvent.Confirmed with = (BookingEvent.Confirmed) parser.parse(CONFIRMED.replace(
                "\"email\":\"bo@example.org\"}", "\"email\":\"bo@example.org\",\"timeZone\":\"Asia/Kolkata\"}"));
        assertThat(with.command().mentee().timeZone())
                .hasValueSatisfying(z -> assertThat(z.getId()).isEqualTo("Asia/Kolkata"));
    }

    @Test
    void parses_reschedule_and_cancel() {
        assertThat(parser.parse("""
                {"type":"BookingRescheduled","eventId":"e2","sessionId":"s-123","startsAt":"2026-12-02T15:00:00+01:00",
                 "endsAt":"2026-12-02T16:00:00+01:00","timeZone":"Europe/Berlin"}""")).isInstanceOf(BookingEvent.Rescheduled.class);
        assertThat(parser.parse("{\"type\":\"BookingCancelled\",\"eventId\":\"e3\",\"sessionId\":\"s-123\"}"))
                .isInstanceOf(BookingEvent.Cancelled.class);
    }

    @Test
    void reads_the_optional_occurred_at_of_each_event_and_leaves_it_unstated_when_absent() {
        BookingEvent.Rescheduled moved = (BookingEvent.Rescheduled) parser.parse("""
                {"type":"BookingRescheduled","eventId":"e2","sessionId":"s-123","startsAt":"2026-12-02T15:00:00Z",
                 "endsAt":"2026-12-02T16:00:00Z","timeZone":"Europe/Berlin","occurredAt":"2026-11-20T09:30:00+01:00"}""");
        assertThat(moved.command().order()).isEqualTo(ChangeOrder.at(Instant.parse("2026-11-20T08:30:00Z")));
        BookingEvent.Confirmed confirmed = (BookingEvent.Confirmed)
                parser.parse(CONFIRMED.replace("\"topic\"", "\"occurredAt\":\"2026-11-19T10:00:00Z\",\"topic\""));
        assertThat(confirmed.command().order()).isEqualTo(ChangeOrder.at(Instant.parse("2026-11-19T10:00:00Z")));
        assertThat(((BookingEvent.Confirmed) parser.parse(CONFIRMED)).command().order())
                .isEqualTo(ChangeOrder.unstated());
        assertThat(((BookingEvent.Rescheduled) parser.parse("""
                {"type":"BookingRescheduled","eventId":"e2","sessionId":"s-123","startsAt":"2026-12-02T15:00:00Z",
                 "endsAt":"2026-12-02T16:00:00Z","timeZone":"Europe/Berlin","occurredAt":null}""")).command().order())
                .isEqualTo(ChangeOrder.unstated());
    }

    @Test
    void a_malformed_occurred_at_names_the_field_on_every_event() {
        assertThatThrownBy(
                        () -> parser.parse(
                                "{\"type\":\"BookingCancelled\",\"eventId\":\"e3\",\"sessionId\":\"s\",\"occurredAt\":\"yesterday\"}"))
                .isInstanceOf(MalformedBookingEventException.class)
                .extracting(e -> ((MalformedBookingEventException) e).field())
                .isEqualTo("occurredAt");
        assertThatThrownBy(() -> parser.parse(CONFIRMED.replace("\"topic\"", "\"occurredAt\":17,\"topic\"")))
                .isInstanceOf(MalformedBookingEventException.class)
                .extracting(e -> ((MalformedBookingEventException) e).field())
                .isEqualTo("occurredAt");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{not json                                        | body",
                "[1,2]                                            | body",
                "{\"eventId\":\"e\"}                              | type",
                "{\"type\":\"BookingExploded\"}                   | type",
                "{\"type\":\"BookingCancelled\",\"sessionId\":\"s\"} | eventId",
                "{\"type\":\"BookingCancelled\",\"eventId\":\"e\",\"sessionId\":7} | sessionId",
                "{\"type\":\"BookingCancelled\",\"eventId\":\"e\",\"sessionId\":\"a b\"} | sessionId",
            })
    void names_the_field_that_is_wrong(String json, String field) {
        assertThatThrownBy(() -> parser.parse(json))
                .isInstanceOf(MalformedBookingEventException.class)
                .extracting(e -> ((MalformedBookingEventException) e).field())
                .isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"email\":\"ada@example.org\"        | \"email\":\"not-an-email\"      | mentor.email",
                "\"timeZone\":\"Europe/Berlin\",\"topic\" | \"timeZone\":\"Mars/Olympus\",\"topic\" | timeZone",
                "\"timeZone\":\"Europe/Berlin\",\"topic\" | \"timeZone\":\"+01:00\",\"topic\" | timeZone",
                "\"timeZone\":\"Europe/Berlin\",\"topic\" | \"timeZone\":\"GMT+1\",\"topic\" | timeZone",
                "\"timeZone\":\"Europe/Berlin\"}      | \"timeZone\":\"UTC+01:00\"}  | mentor.timeZone",
                "\"startsAt\":\"2026-12-01T15:00:00Z\" | \"startsAt\":\"tomorrow\"      | startsAt",
                "\"endsAt\":\"2026-12-01T16:00:00Z\"   | \"endsAt\":\"2026-12-01T14:00:00Z\" | endsAt",
                ",\"topic\":\"Career chat\"            | ''                           | topic",
                "\"mentee\":{\"id\":\"e-9\",           | \"mentee\":{                  | mentee.id",
                "\"email\":\"bo@example.org\"}       | \"email\":\"bo@example.org\",\"timeZone\":\"Mars/Olympus\"} | mentee.timeZone",
                "\"email\":\"bo@example.org\"}       | \"email\":\"bo@example.org\",\"timeZone\":\"+05:30\"} | mentee.timeZone",
                "\"email\":\"bo@example.org\"}       | \"email\":\"bo@example.org\",\"timeZone\":5} | mentee.timeZone",
            })
    void names_the_wrong_field_of_a_confirmation(String original, String replacement, String field) {
        String json = CONFIRMED.replace(original, replacement);
        assertThat(json).isNotEqualTo(CONFIRMED);
        assertThatThrownBy(() -> parser.parse(json))
                .isInstanceOf(MalformedBookingEventException.class)
                .extracting(e -> ((MalformedBookingEventException) e).field())
                .isEqualTo(field);
    }

    @Test
    void a_reschedule_into_an_offset_zone_names_the_time_zone() {
        assertThatThrownBy(() -> parser.parse("""
                {"type":"BookingRescheduled","eventId":"e-2","sessionId":"s-1","startsAt":"2026-12-02T15:00:00Z",
                 "endsAt":"2026-12-02T16:00:00Z","timeZone":"-05:00"}"""))
                .isInstanceOf(MalformedBookingEventException.class)
                .extracting(e -> ((MalformedBookingEventException) e).field())
                .isEqualTo("timeZone");
    }

    @Test
    void refuses_huge_bodies() {
        assertThatThrownBy(() -> parser.parse("{\"topic\":\"" + "x".repeat(BookingEventParser.MAX_LENGTH) + "\"}"))
                .hasMessageContaining("larger");
    }
}
