package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetlinks.application.service.Harness.confirmation;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.EmailLinkRefusedException.Reason;
import org.meetlinks.domain.DomainException;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** The add-a-link page of the emailed link: one session, once, for a while. */
class AddLinkFromEmailTest {
    private final Harness h = new Harness();

    private String addLinkToken(String sessionId) {
        return InMemoryEmailLinks.tokenOf(h.emailLinks.addLinkUrl(Harness.ADA, new SessionId(sessionId)));
    }

    @Test
    void the_link_sets_its_session_by_hand_once_and_only_that_session() {
        h.confirm(confirmation("ev-1", "s-1"));
        h.confirm(confirmation("ev-2", "s-2"));
        String token = addLinkToken("s-1");

        assertThat(h.manual.openAddLink(token).topic()).isEqualTo("Career chat");
        var view = h.manual.setLinkFromEmail(token, "https://whereby.com/ada");

        assertThat(view.sessionId()).isEqualTo("s-1");
        assertThat(link("s-1").status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(link("s-1").platform()).contains(Platform.MANUAL);
        assertThat(link("s-2").status()).isNotEqualTo(LinkStatus.ACTIVE);
        assertThatThrownBy(() -> h.manual.setLinkFromEmail(token, "https://whereby.com/someone-else"))
                .isInstanceOfSatisfying(
                        EmailLinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.USED));
        assertThatThrownBy(() -> h.manual.openAddLink(token)).isInstanceOf(EmailLinkRefusedException.class);
        assertThat(link("s-1").url().orElseThrow().value()).isEqualTo("https://whereby.com/ada");
    }

    @Test
    void a_bad_url_changes_nothing_and_leaves_the_link_usable() {
        h.confirm(confirmation("ev-1", "s-1"));
        String token = addLinkToken("s-1");

        assertThatThrownBy(() -> h.manual.setLinkFromEmail(token, "http://not-https.example"))
                .isInstanceOf(DomainException.class);
        assertThat(h.manual.setLinkFromEmail(token, "https://whereby.com/ada").status())
                .isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void an_expired_unknown_or_reconnect_link_is_refused() {
        h.confirm(confirmation("ev-1", "s-1"));
        String token = addLinkToken("s-1");
        String reconnect = InMemoryEmailLinks.tokenOf(h.emailLinks.reconnectUrl(Harness.ADA, Platform.ZOOM));

        assertThatThrownBy(() -> h.manual.setLinkFromEmail(reconnect, "https://whereby.com/ada"))
                .isInstanceOfSatisfying(
                        EmailLinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN));
        assertThatThrownBy(() -> h.manual.openAddLink("x".repeat(43)))
                .isInstanceOfSatisfying(
                        EmailLinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN));
        h.clock.advance(Duration.ofDays(7));
        assertThatThrownBy(() -> h.manual.setLinkFromEmail(token, "https://whereby.com/ada"))
                .isInstanceOfSatisfying(
                        EmailLinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
        assertThat(link("s-1").status()).isNotEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void a_link_sent_to_another_mentor_sets_nothing() {
        h.confirm(confirmation("ev-1", "s-1"));
        String othersToken = InMemoryEmailLinks.tokenOf(
                h.emailLinks.addLinkUrl(new org.meetlinks.domain.MentorId("m-2"), new SessionId("s-1")));

        assertThatThrownBy(() -> h.manual.openAddLink(othersToken)).isInstanceOf(EmailLinkRefusedException.class);
        assertThatThrownBy(() -> h.manual.setLinkFromEmail(othersToken, "https://whereby.com/m-2"))
                .isInstanceOf(RuntimeException.class);
        assertThat(link("s-1").status()).isNotEqualTo(LinkStatus.ACTIVE);
        assertThat(h.db.notifications())
                .extracting(n -> n.kind())
                .doesNotContain(org.meetlinks.application.port.out.NotificationKind.LINK_UPDATED);
    }

    private org.meetlinks.domain.MeetingLink link(String sessionId) {
        return h.db.store().links().loadLinkForSession(new SessionId(sessionId)).orElseThrow();
    }
}
