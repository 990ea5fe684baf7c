package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Europe/Berlin",
                "America/New_York",
                "Asia/Kolkata",
                "America/Argentina/Buenos_Aires",
                "UTC",
                "Etc/UTC"
            })
    void region_based_names_and_utc_are_accepted(String id) {
        assertThat(TimeZones.isRegionBased(ZoneId.of(id))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"+01:00", "-05:30", "Z", "GMT+1", "UTC+01:00", "UT+2", "GMT", "Etc/GMT-1", "Etc/GMT+5", "CET"})
    void offsets_and_fixed_offset_ids_are_refused(String id) {
        assertThat(TimeZones.isRegionBased(ZoneId.of(id))).isFalse();
    }

    @Test
    void providers_get_utc_for_a_zone_that_is_not_region_based() {
        assertThat(TimeZones.regionOrUtc(ZoneId.of("+01:00")).getId()).isEqualTo("UTC");
        assertThat(TimeZones.regionOrUtc(ZoneId.of("Europe/Berlin")).getId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void a_session_in_an_offset_zone_is_refused_naming_the_field() {
        Mentor ada = new Mentor(Fixtures.ADA, "Ada", "ada@example.org", ZoneId.of("Europe/Berlin"));
        assertThatThrownBy(() -> MentoringSession.confirmed(
                        new SessionId("s-1"),
                        ada,
                        new Mentee("e-9", "Bo", "bo@example.org"),
                        "Career chat",
                        Instant.parse("2026-12-01T15:00:00Z"),
                        Instant.parse("2026-12-01T16:00:00Z"),
                        ZoneId.of("+01:00"),
                        ChangeOrder.unstated()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("timeZone");
    }

    @Test
    void a_mentor_in_a_gmt_offset_zone_is_refused_naming_the_field() {
        Mentor ada = new Mentor(Fixtures.ADA, "Ada", "ada@example.org", ZoneId.of("GMT+1"));
        assertThatThrownBy(() -> MentoringSession.confirmed(
                        new SessionId("s-1"),
                        ada,
                        new Mentee("e-9", "Bo", "bo@example.org"),
                        "Career chat",
                        Instant.parse("2026-12-01T15:00:00Z"),
                        Instant.parse("2026-12-01T16:00:00Z"),
                        ZoneId.of("Europe/Berlin"),
                        ChangeOrder.unstated()))
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("mentor.timeZone");
    }

    @Test
    void rescheduling_into_an_offset_zone_is_refused() {
        MentoringSession session = Fixtures.session();
        assertThatThrownBy(() -> session.reschedule(
                        Instant.parse("2026-12-02T15:00:00Z"),
                        Instant.parse("2026-12-02T16:00:00Z"),
                        ZoneId.of("-03:00")))
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("timeZone");
        assertThat(session.sequence()).isZero();
    }
}
