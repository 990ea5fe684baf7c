package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.EmailLink;
import org.meetlinks.application.port.out.EmailLinkPurpose;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** Emailed links on real PostgreSQL: spent once, with their siblings, never after expiry. */
class EmailLinkRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    private static void save(EmailLink link) {
        db.inTransaction(em -> {
            new EmailLinkRepository(em, CLOCK).saveEmailLink(link);
            return null;
        });
    }

    private static boolean spend(String hash, Instant at) {
        return db.inTransaction(em -> new EmailLinkRepository(em, CLOCK).spendEmailLink(hash, at));
    }

    private static EmailLink find(String hash) {
        return db.inTransaction(em -> new EmailLinkRepository(em, CLOCK).findEmailLink(hash))
                .orElseThrow();
    }

    @Test
    void a_link_is_spent_once_and_takes_its_siblings_but_not_other_links_along() {
        MentorId ada = new MentorId("m-spend");
        save(EmailLink.reconnect("a".repeat(64), ada, Platform.ZOOM, NOW.plus(Duration.ofDays(7))));
        save(EmailLink.reconnect("b".repeat(64), ada, Platform.ZOOM, NOW.plus(Duration.ofDays(7))));
        save(EmailLink.reconnect("c".repeat(64), ada, Platform.GOOGLE_MEET, NOW.plus(Duration.ofDays(7))));
        save(EmailLink.addLink("d".repeat(64), ada, new SessionId("s-1"), NOW.plus(Duration.ofDays(7))));

        assertThat(find("a".repeat(64)).platform()).isEqualTo(Platform.ZOOM);
        assertThat(find("d".repeat(64)).purpose()).isEqualTo(EmailLinkPurpose.ADD_LINK);
        assertThat(spend("a".repeat(64), NOW)).isTrue();
        assertThat(spend("a".repeat(64), NOW)).isFalse();
        assertThat(find("a".repeat(64)).used()).isTrue();
        assertThat(find("b".repeat(64)).used())
                .as("the sibling (a resent email's link)")
                .isTrue();
        assertThat(spend("b".repeat(64), NOW)).isFalse();
        assertThat(find("c".repeat(64)).used()).isFalse();
        assertThat(find("d".repeat(64)).used()).isFalse();
    }

    @Test
    void an_expired_link_is_not_spent() {
        save(EmailLink.addLink("e".repeat(64), new MentorId("m-late"), new SessionId("s-2"), NOW.plusSeconds(60)));

        assertThat(spend("e".repeat(64), NOW.plusSeconds(60))).isFalse();
        assertThat(find("e".repeat(64)).used()).isFalse();
    }
}
