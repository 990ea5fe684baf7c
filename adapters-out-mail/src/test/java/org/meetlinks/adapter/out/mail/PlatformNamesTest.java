package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meetlinks.domain.Platform;

/** Emails use the domain's provider names, and their own neutral words for a hand-added link or none. */
class PlatformNamesTest {
    @Test
    void providersAreNamedAsTheDomainNamesThem() {
        assertThat(PlatformNames.meeting(Optional.of(Platform.GOOGLE_MEET))).isEqualTo("Google Meet");
        assertThat(PlatformNames.account(Optional.of(Platform.GOOGLE_MEET))).isEqualTo("Google");
        assertThat(PlatformNames.meeting(Optional.of(Platform.ZOOM))).isEqualTo("Zoom");
        assertThat(PlatformNames.account(Optional.of(Platform.ZOOM))).isEqualTo("Zoom");
        assertThat(PlatformNames.joinLabel(Optional.of(Platform.GOOGLE_MEET))).isEqualTo("Join with Google Meet");
        assertThat(PlatformNames.joinLabel(Optional.of(Platform.ZOOM))).isEqualTo("Join the Zoom meeting");
    }

    @Test
    void aHandAddedLinkIsNeitherGoogleNorZoom() {
        Optional<Platform> manual = Optional.of(Platform.MANUAL);
        assertThat(PlatformNames.meeting(manual)).isEqualTo("video meeting");
        assertThat(PlatformNames.account(manual)).isEqualTo("video platform");
        assertThat(PlatformNames.joinLabel(manual)).isEqualTo("Join the video meeting");
        assertThat(PlatformNames.otherMeeting(manual)).isEqualTo("another video platform");
    }

    @Test
    void noPlatformReadsLikeAHandAddedLink() {
        assertThat(PlatformNames.meeting(Optional.empty())).isEqualTo("video meeting");
        assertThat(PlatformNames.account(Optional.empty())).isEqualTo("video platform");
        assertThat(PlatformNames.otherMeeting(Optional.empty())).isEqualTo("another video platform");
    }

    @Test
    void theOtherProviderIsTheOneNotConnected() {
        assertThat(PlatformNames.otherMeeting(Optional.of(Platform.GOOGLE_MEET)))
                .isEqualTo("Zoom");
        assertThat(PlatformNames.otherMeeting(Optional.of(Platform.ZOOM))).isEqualTo("Google Meet");
    }
}
