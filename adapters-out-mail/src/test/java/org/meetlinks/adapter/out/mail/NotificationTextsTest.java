package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.adapter.out.mail.Fixtures.JOIN_URL;
import static org.meetlinks.adapter.out.mail.Fixtures.MENTOR_PAGE;
import static org.meetlinks.adapter.out.mail.Fixtures.ZOOM_URL;

import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.domain.Platform;

/** The words of each notification kind. */
class NotificationTextsTest {
    @Test
    void link_update_gives_the_unchanged_join_link_and_the_new_direct_link() {
        EmailContent content = NotificationTexts.render(
                Fixtures.toMentee(NotificationKind.LINK_UPDATED, Fixtures.session(), Fixtures.activeZoomLink()));

        assertThat(content.subject()).isEqualTo("New meeting link: Career chat");
        assertThat(flat(content.text()))
                .contains("has a new link")
                .contains("Join the video meeting: " + JOIN_URL)
                .contains("Direct Zoom link: " + ZOOM_URL);
    }

    @Test
    void pending_link_says_the_join_link_works_already() {
        EmailContent content = NotificationTexts.render(
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, Fixtures.session(), Fixtures.pendingLink()));

        assertThat(flat(content.text()))
                .contains("Join the video meeting: " + JOIN_URL)
                .contains("still being set up")
                .doesNotContain("Direct");
    }

    @Test
    void reconnect_prompt_for_google_names_google() {
        EmailContent content = NotificationTexts.render(Fixtures.toMentor(
                NotificationKind.RECONNECT_PROVIDER, Fixtures.session(), Fixtures.pendingLink(), Platform.GOOGLE_MEET));

        assertThat(content.subject()).isEqualTo("Action needed: reconnect your Google account");
        assertThat(flat(content.text()))
                .contains("Your Google connection stopped working")
                .contains("Reconnect Google: " + MENTOR_PAGE);
        assertThat(content.html()).contains("href=\"" + MENTOR_PAGE + "\"");
    }

    @Test
    void meet_turned_off_tells_the_mentor_to_ask_the_admin_or_use_zoom() {
        EmailContent content = NotificationTexts.render(Fixtures.toMentor(
                NotificationKind.MEETINGS_TURNED_OFF,
                Fixtures.session(),
                Fixtures.pendingLink(),
                Platform.GOOGLE_MEET));

        assertThat(content.subject()).isEqualTo("Action needed: Google Meet is turned off for your Google account");
        assertThat(flat(content.text()))
                .contains("Google Meet is turned off for your Google account")
                .contains("Workspace admin")
                .contains("connect Zoom instead")
                .contains("Open your meetlinks page: " + MENTOR_PAGE);
    }

    @Test
    void long_topic_is_shortened_in_the_subject_only() {
        String topic = "Long topic ".repeat(40).strip();
        EmailContent content = NotificationTexts.render(Fixtures.toMentee(
                NotificationKind.SESSION_CANCELLED, Fixtures.session(topic), Fixtures.activeZoomLink()));

        assertThat(content.subject()).hasSizeLessThan(200).contains("\u2026");
        assertThat(flat(content.text())).contains(topic);
    }

    @Test
    void mentor_sees_mentee_and_mentee_sees_mentor() {
        assertThat(NotificationTexts.render(Fixtures.toMentor(
                                NotificationKind.SESSION_RESCHEDULED, Fixtures.session(), Fixtures.activeZoomLink()))
                        .text())
                .contains("with Bo Berg");
        assertThat(NotificationTexts.render(Fixtures.toMentee(
                                NotificationKind.SESSION_RESCHEDULED, Fixtures.session(), Fixtures.activeZoomLink()))
                        .text())
                .contains("with Ada Lovelace");
    }

    /** The text part with its line breaks undone, as a reader takes it in. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
