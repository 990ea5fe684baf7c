package org.meetlinks.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.EmailLink;
import org.meetlinks.application.port.out.KeepEmailLinksPort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * What every store of emailed links must do, run against the in-memory fake and PostgreSQL alike: a link is spent
 * once, with its siblings (same mentor, purpose and subject) and nothing else, and never at or after its expiry.
 */
public abstract class EmailLinksContract {
    protected static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final MentorId ADA = new MentorId("m-1");
    private static final Instant IN_A_WEEK = NOW.plus(Duration.ofDays(7));
    private KeepEmailLinksPort links;

    /** A store with no links in it, whose housekeeping reads {@code clock}. */
    protected abstract KeepEmailLinksPort newEmailLinks(Clock clock);

    @BeforeEach
    void openStore() {
        links = newEmailLinks(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    public void a_saved_link_is_found_by_its_hash_unused() {
        links.saveEmailLink(EmailLink.addLink(hash('a'), ADA, new SessionId("s-1"), IN_A_WEEK));

        EmailLink found = links.findEmailLink(hash('a')).orElseThrow();

        assertThat(found).isEqualTo(new EmailLink(hash('a'), found.purpose(), ADA, "s-1", IN_A_WEEK, false));
        assertThat(found.sessionId()).isEqualTo(new SessionId("s-1"));
        assertThat(links.findEmailLink(hash('b'))).isEmpty();
    }

    @Test
    public void a_link_is_spent_once_and_takes_its_siblings_but_not_other_links_along() {
        links.saveEmailLink(EmailLink.reconnect(hash('a'), ADA, Platform.ZOOM, IN_A_WEEK));
        links.saveEmailLink(EmailLink.reconnect(hash('b'), ADA, Platform.ZOOM, IN_A_WEEK));
        links.saveEmailLink(EmailLink.reconnect(hash('c'), ADA, Platform.GOOGLE_MEET, IN_A_WEEK));
        links.saveEmailLink(EmailLink.reconnect(hash('d'), new MentorId("m-2"), Platform.ZOOM, IN_A_WEEK));
        links.saveEmailLink(EmailLink.addLink(hash('e'), ADA, new SessionId("ZOOM"), IN_A_WEEK));

        assertThat(links.spendEmailLink(hash('a'), NOW)).isTrue();

        assertThat(links.spendEmailLink(hash('a'), NOW)).as("spent twice").isFalse();
        assertThat(links.findEmailLink(hash('a')).orElseThrow().used()).isTrue();
        assertThat(links.findEmailLink(hash('b')).orElseThrow().used())
                .as("the sibling (a resent email's)")
                .isTrue();
        assertThat(links.spendEmailLink(hash('b'), NOW))
                .as("the sibling spent after it")
                .isFalse();
        assertThat(links.findEmailLink(hash('c')).orElseThrow().used())
                .as("another platform")
                .isFalse();
        assertThat(links.findEmailLink(hash('d')).orElseThrow().used())
                .as("another mentor")
                .isFalse();
        assertThat(links.findEmailLink(hash('e')).orElseThrow().used())
                .as("another purpose")
                .isFalse();
    }

    @Test
    public void a_link_is_spent_until_its_expiry_but_not_at_it() {
        links.saveEmailLink(EmailLink.addLink(hash('a'), ADA, new SessionId("s-1"), NOW.plusSeconds(60)));
        links.saveEmailLink(EmailLink.addLink(hash('b'), ADA, new SessionId("s-2"), NOW.plusSeconds(60)));

        assertThat(links.spendEmailLink(hash('a'), NOW.plusSeconds(60))).isFalse();
        assertThat(links.spendEmailLink(hash('b'), NOW.plusSeconds(59))).isTrue();

        assertThat(links.findEmailLink(hash('a')).orElseThrow().used())
                .as("an expired link stays unused")
                .isFalse();
    }

    @Test
    public void an_unknown_link_is_not_spent() {
        assertThat(links.spendEmailLink(hash('z'), NOW)).isFalse();
        assertThat(links.findEmailLink(hash('z'))).isEmpty();
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }
}
