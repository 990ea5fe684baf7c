package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meetlinks.domain.Platform;

/** Emails use the domain's provider names, and their own neutral words for a hand-added link or none. */
class PlatformNamesTest {
    @Test
    void providers_are_named_as_the_domain_names_them() {
        assertThat(PlatformNames.of(Platform.GOOGLE_MEET).meeting()).isEqualTo("Google Meet");
        assertThat(PlatformNames.of(Platform.GOOGLE_MEET).account()).isEqualTo("Google");
        assertThat(PlatformNames.of(Platform.ZOOM).meeting()).isEqualTo("Zoom");
        assertThat(PlatformNames.of(Platform.ZOOM).account()).isEqualTo("Zoom");
        assertThat(PlatformNames.of(Platform.GOOGLE_MEET).joinLabel()).isEqualTo("Join with Google Meet");
        assertThat(PlatformNames.of(Platform.ZOOM).joinLabel()).isEqualTo("Join the Zoom meeting");
    }

    @Test
    void a_hand_added_link_is_neither_google_nor_zoom() {
        PlatformNames manual = PlatformNames.of(Platform.MANUAL);
        assertThat(manual.meeting()).isEqualTo("video meeting");
        assertThat(manual.account()).isEqualTo("video platform");
        assertThat(manual.joinLabel()).isEqualTo("Join the video meeting");
        assertThat(manual.otherMeeting()).isEqualTo("another video platform");
    }

    @Test
    void no_platform_reads_like_a_hand_added_link() {
        assertThat(PlatformNames.noProvider().meeting()).isEqualTo("video meeting");
        assertThat(PlatformNames.noProvider().account()).isEqualTo("video platform");
        assertThat(PlatformNames.noProvider().otherMeeting()).isEqualTo("another video platform");
    }

    @Test
    void the_other_provider_is_the_one_not_connected() {
        assertThat(PlatformNames.of(Platform.GOOGLE_MEET).otherMeeting()).isEqualTo("Zoom");
        assertThat(PlatformNames.of(Platform.ZOOM).otherMeeting()).isEqualTo("Google Meet");
    }
}
