package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.application.service.Harness.confirmation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.NotificationDeliveryException;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.SendNotificationPort;

class NotificationDispatcherTest {
    private final Harness h = new Harness();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final List<OutgoingNotification> sent = new ArrayList<>();
    private boolean mailDown;
    private String refusedRecipient = "";
    private final SendNotificationPort mail = n -> {
        if (mailDown) {
            throw new NotificationDeliveryException("smtp down", true, null);
        }
        if (n.recipientEmail().equals(refusedRecipient)) {
            throw new IllegalStateException("this one message cannot be composed");
        }
        sent.add(n);
    };
    private final NotificationDispatcher dispatcher =
            new NotificationDispatcher(outbox, outbox, mail, h.db, h.db, h.db, h.settings, h.emailLinks, h.clock);

    @Test
    void sends_each_queued_notification_once_with_the_current_link_and_the_mentor_page() {
        h.confirm(confirmation("ev-1", "s-1"));
        outbox.load(h);

        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(sent)
                .extracting(OutgoingNotification::kind)
                .containsExactlyInAnyOrder(
                        NotificationKind.SESSION_CONFIRMED,
                        NotificationKind.SESSION_CONFIRMED,
                        NotificationKind.ADD_LINK_MANUALLY);
        assertThat(sent).allMatch(n -> n.link().joinUrl().startsWith("https://links.example.org/join/"));
        assertThat(sent)
                .filteredOn(n -> n.kind() != NotificationKind.ADD_LINK_MANUALLY)
                .allMatch(n -> n.actionUrl().equals("https://links.example.org/mentor/"));
        assertThat(sent).filteredOn(OutgoingNotification::recipientIsMentor).hasSize(2);
    }

    @Test
    void the_mentors_confirmation_waits_for_the_first_meeting_run_so_it_knows_whether_google_holds_the_session() {
        h.pool.full = true;
        h.confirm(confirmation("ev-1", "s-1"));
        outbox.load(h);

        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(sent).singleElement().matches(n -> !n.recipientIsMentor());
        h.clock.advance(DeliverySchedule.MENTOR_CONFIRMATION_HOLD.plusSeconds(1));
        dispatcher.dispatchDue();
        assertThat(sent)
                .hasSize(2)
                .last()
                .matches(OutgoingNotification::recipientIsMentor)
                .matches(n -> n.kind() == NotificationKind.SESSION_CONFIRMED);
    }

    @Test
    void one_pass_sends_a_burst_bigger_than_a_batch() {
        for (int i = 0; i < 10; i++) {
            h.confirm(confirmation("ev-" + i, "s-" + i));
        }
        outbox.load(h);

        assertThat(dispatcher.dispatchDue()).isEqualTo(30).isGreaterThan(NotificationDispatcher.BATCH);
        assertThat(sent).hasSize(30);
    }

    @Test
    void a_retryable_failure_is_retried_later_and_nothing_is_lost() {
        h.confirm(confirmation("ev-1", "s-1"));
        outbox.load(h);
        mailDown = true;
        dispatcher.dispatchDue();
        assertThat(outbox.retryAt).hasSize(3);
        assertThat(sent).isEmpty();

        mailDown = false;
        assertThat(dispatcher.dispatchDue()).isZero();
        h.clock.advance(Duration.ofSeconds(31));
        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        assertThat(outbox.sentIds).hasSize(3);
    }

    @Test
    void one_message_that_cannot_be_sent_leaves_the_rest_of_its_batch_sent_and_only_itself_to_retry() {
        for (int i = 0; i < 3; i++) {
            h.confirm(confirmation("ev-" + i, "s-" + i));
        }
        outbox.load(h);
        refusedRecipient = h.db.notifications().get(1).recipientEmail();
        long refused = h.db.notifications().stream()
                .filter(n -> n.recipientEmail().equals(refusedRecipient))
                .count();

        assertThat(dispatcher.dispatchDue()).isEqualTo(9);

        assertThat(sent)
                .hasSize(9 - (int) refused)
                .noneMatch(n -> n.recipientEmail().equals(refusedRecipient));
        assertThat(outbox.sentIds).hasSize(9 - (int) refused);
        assertThat(outbox.retryAt).hasSize((int) refused);
    }

    @Test
    void a_reconnect_prompt_says_how_many_of_the_mentors_sessions_wait_for_it() {
        h.connectGoogle();
        h.provider.failNext(org.meetlinks.application.port.out.MeetingProviderException.Kind.AUTH);
        h.confirm(confirmation("ev-1", "s-1"));
        h.confirm(confirmation("ev-2", "s-2"));
        outbox.load(h);
        dispatcher.dispatchDue();

        assertThat(sent)
                .filteredOn(n -> n.kind() == NotificationKind.RECONNECT_PROVIDER)
                .singleElement()
                .extracting(OutgoingNotification::waitingSessions)
                .isEqualTo(2L);
        assertThat(sent)
                .filteredOn(n -> n.kind() != NotificationKind.RECONNECT_PROVIDER)
                .allMatch(n -> n.waitingSessions() == 0);
    }

    @Test
    void the_mentors_prompts_carry_single_purpose_links_stored_only_as_their_hash() {
        h.connectGoogle();
        h.provider.failNext(org.meetlinks.application.port.out.MeetingProviderException.Kind.AUTH);
        h.confirm(confirmation("ev-1", "s-1"));
        outbox.load(h);
        dispatcher.dispatchDue();

        String reconnect = sent.stream()
                .filter(n -> n.kind() == NotificationKind.RECONNECT_PROVIDER)
                .findFirst()
                .orElseThrow()
                .actionUrl();
        assertThat(reconnect).matches("https://links\\.example\\.org/from-email/reconnect/[A-Za-z0-9_-]{43}");
        String token = InMemoryEmailLinks.tokenOf(reconnect);
        assertThat(h.emailLinkStore.links).doesNotContainKey(token).containsKey(EmailLinks.hash(token));
        var stored = h.emailLinkStore.links.get(EmailLinks.hash(token));
        assertThat(stored.purpose()).isEqualTo(org.meetlinks.application.port.out.EmailLinkPurpose.RECONNECT);
        assertThat(stored.mentorId()).isEqualTo(Harness.ADA);
        assertThat(stored.platform()).isEqualTo(org.meetlinks.domain.Platform.GOOGLE_MEET);
        assertThat(stored.expiresAt()).isEqualTo(h.clock.instant().plus(Duration.ofDays(7)));
        assertThat(sent)
                .filteredOn(n -> n.kind() == NotificationKind.SESSION_CONFIRMED)
                .allMatch(n -> n.actionUrl().equals("https://links.example.org/mentor/"));
    }

    @Test
    void an_add_a_link_prompt_carries_a_link_for_that_session_only() {
        h.confirm(confirmation("ev-1", "s-1"));
        outbox.load(h);
        dispatcher.dispatchDue();

        String addLink = sent.stream()
                .filter(n -> n.kind() == NotificationKind.ADD_LINK_MANUALLY)
                .findFirst()
                .orElseThrow()
                .actionUrl();
        assertThat(addLink).matches("https://links\\.example\\.org/from-email/add-link/[A-Za-z0-9_-]{43}");
        var stored = h.emailLinkStore.links.get(EmailLinks.hash(InMemoryEmailLinks.tokenOf(addLink)));
        assertThat(stored.sessionId()).isEqualTo(new org.meetlinks.domain.SessionId("s-1"));
        assertThat(stored.mentorId()).isEqualTo(Harness.ADA);
    }
}
