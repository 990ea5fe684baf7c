package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingUrlTest {

    @Test
    void accepts_a_google_meet_link() {
        assertThat(MeetingUrl.of(Platform.GOOGLE_MEET, "https://meet.google.com/abc-defg-hij")
                        .value())
                .isEqualTo("https://meet.google.com/abc-defg-hij");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://meet.google.com/abc-defg-hij",
                "https://meet.google.com/abc-defg-hi",
                "https://meet.google.com.evil.org/abc-defg-hij",
                "https://meet.google.com/abc-defg-hij?x=1"
            })
    void rejects_anything_that_is_not_a_meet_link_for_google(String url) {
        assertThatThrownBy(() -> MeetingUrl.of(Platform.GOOGLE_MEET, url))
                .isInstanceOf(InvalidMeetingUrlException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://us05web.zoom.us/j/85012345678?pwd=abcDEF123",
                "https://zoom.us/j/123456789",
                "https://acme.zoom.us/j/850123456789",
                "https://harness-io.zoom.us/j/85012345678",
                "https://zoomgov.com/j/1601234567",
                "https://agency.zoomgov.com/j/1601234567?pwd=a-b_c.d+e/f",
                "https://www.zoomgov.com/j/1601234567?pwd=x&omn=1601234567",
                "https://testcompany.zoom.com/j/92313847288?pwd=cY7",
                "https://us04web.zoom.us/j/85012345678?status=success",
                "https://us05web.zoom.us/j/85012345678?pwd=a&next=https://evil.org"
            })
    void accepts_zoom_join_links_on_zooms_domains_with_any_query(String url) {
        assertThat(MeetingUrl.of(Platform.ZOOM, url).platform()).isEqualTo(Platform.ZOOM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://zoom.us.evil.org/j/123456789",
                "https://zoom.us.evil.com/j/123456789",
                "https://evilzoom.us/j/123456789",
                "https://evilzoomgov.com/j/1601234567",
                "https://zoomgov.com.evil.org/j/1601234567",
                "https://zoom.us@evil.org/j/123456789",
                "https://evil.org/j/123456789?host=zoom.us",
                "https://evil.org#@zoom.us/j/123456789",
                "https://us05web.zoom.us/s/85012345678",
                "http://zoom.us/j/123456789",
                "https://us05web.zoom.us/j/85012345678#fragment",
                "https://zoom.us./j/123456789"
            })
    void rejects_lookalike_zoom_links(String url) {
        assertThatThrownBy(() -> MeetingUrl.of(Platform.ZOOM, url)).isInstanceOf(InvalidMeetingUrlException.class);
    }

    @Test
    void accepts_any_plain_https_link_as_manual() {
        assertThat(MeetingUrl.of(Platform.MANUAL, "  https://whereby.com/ada-room  ")
                        .value())
                .isEqualTo("https://whereby.com/ada-room");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "http://example.org/room",
                "https://user:secret@example.org/room",
                "https://example.org/room with space",
                "ftp://example.org/x",
                "https:///nohost",
                "",
                "   ",
                "JAVASCRIPT:alert(1)",
                "https://example.org/\nSet-Cookie:x"
            })
    void rejects_unsafe_manual_links(String url) {
        assertThatThrownBy(() -> MeetingUrl.of(Platform.MANUAL, url))
                .isInstanceOf(InvalidMeetingUrlException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("url");
    }

    @Test
    void rejects_over_long_manual_links() {
        String longUrl = "https://example.org/" + "a".repeat(MeetingUrl.MAX_LENGTH);
        assertThatThrownBy(() -> MeetingUrl.of(Platform.MANUAL, longUrl)).hasMessageContaining("2048");
    }

    @Test
    void accepts_a_manual_link_of_exactly_the_maximum_length() {
        String url = "https://example.org/" + "a".repeat(MeetingUrl.MAX_LENGTH - "https://example.org/".length());
        assertThat(MeetingUrl.of(Platform.MANUAL, url).value()).hasSize(MeetingUrl.MAX_LENGTH);
    }
}
