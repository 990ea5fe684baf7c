package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetlinks.adapter.out.mail.Fixtures.JOIN_URL;
import static org.meetlinks.adapter.out.mail.Fixtures.MENTOR_PAGE;
import static org.meetlinks.adapter.out.mail.Fixtures.ZOOM_URL;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationDeliveryException;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** End to end through a real SMTP server (GreenMail): layout, texts, invites, headers and failures. */
class MailNotificationSenderTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private MailNotificationSender sender() {
        return sender(SMTP.getSmtp().getPort());
    }

    private static MailNotificationSender sender(int port) {
        return new MailNotificationSender(session(port), Fixtures.SETTINGS, Fixtures.invites(), Fixtures.CLOCK);
    }

    private static Session session(int port) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "5000");
        return Session.getInstance(props);
    }

    private ReceivedMail sendAndReceive(OutgoingNotification notification) {
        sender().send(notification);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return new ReceivedMail(received[0]);
    }

    @Test
    void confirmation_carries_the_join_link_in_text_html_and_the_attached_invite() throws Exception {
        ReceivedMail mail = sendAndReceive(
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, Fixtures.session(), Fixtures.activeZoomLink()));

        MimeMessage message = mail.message();
        assertThat(message.getSubject())
                .isEqualTo("Session confirmed: Career chat \u2013 Tue 1 Dec 2026, 16:00 Europe/Berlin");
        assertThat(message.getFrom()).containsExactly(new InternetAddress("no-reply@meetlinks.example", "meetlinks"));
        assertThat(message.getAllRecipients()).containsExactly(new InternetAddress("bo@example.org", "Bo Berg"));
        assertThat(mail.header("Auto-Submitted")).isEqualTo("auto-generated");

        assertThat(mail.contentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getCount()).isEqualTo(3);
        assertThat(alternative.getBodyPart(0).getContentType())
                .startsWith("text/plain")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(alternative.getBodyPart(1).getContentType())
                .startsWith("text/html")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(alternative.getBodyPart(2).getContentType().replaceAll("\\s+", " "))
                .isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        Part attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(attachment.getContentType()).startsWith("application/ics");

        assertThat(flat(mail.text("text/plain")))
                .contains("Join the video meeting: " + JOIN_URL)
                .contains("Direct Zoom link: " + ZOOM_URL)
                .contains("Hello Bo Berg,")
                .contains("with Ada Lovelace");
        assertThat(mail.text("text/html")).contains("href=\"" + JOIN_URL + "\"").contains("href=\"" + ZOOM_URL + "\"");

        byte[] calendarPart = ReceivedMail.bytes(mail.part("text/calendar"));
        assertThat(ReceivedMail.bytes(attachment)).isEqualTo(calendarPart);
        ParsedIcs invite = IndependentIcsParser.parse(calendarPart);
        assertThat(invite.one("CAL.METHOD")).isEqualTo("REQUEST");
        assertThat(invite.one("UID")).isEqualTo("s-123@meetlinks");
        assertThat(invite.one("CONFERENCE")).isEqualTo(JOIN_URL);
        assertThat(invite.one("URL")).isEqualTo(JOIN_URL);
        assertThat(invite.one("DTSTART;TZID")).isEqualTo("Europe/Berlin");
        assertThat(invite.one("DTSTART.LOCAL")).isEqualTo("2026-12-01T16:00:00");
        assertThat(invite.one("VTIMEZONE")).isEqualTo("Europe/Berlin");
    }

    @Test
    void each_person_sees_the_time_in_their_own_zone() throws Exception {
        MentoringSession session = Fixtures.session();
        sender().send(Fixtures.toMentor(NotificationKind.SESSION_CONFIRMED, session, Fixtures.activeZoomLink()));
        sender().send(Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, session, Fixtures.activeZoomLink()));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        ReceivedMail mentor = new ReceivedMail(received[0]);
        ReceivedMail mentee = new ReceivedMail(received[1]);
        assertThat(mentor.message().getAllRecipients()[0].toString()).contains("ada@example.org");
        assertThat(flat(mentor.text("text/plain")))
                .containsPattern(
                        "When: Wednesday, 2 December 2026, 00:00\u201301:00 \\(Japan[A-Za-z ]* Time, Asia/Tokyo, UTC\\+09:00\\)")
                .contains("with Bo Berg");
        assertThat(mentor.message().getSubject()).endsWith("Wed 2 Dec 2026, 00:00 Asia/Tokyo");
        assertThat(flat(mentee.text("text/plain")))
                .containsPattern(
                        "When: Tuesday, 1 December 2026, 16:00\u201317:00 \\(Central European[A-Za-z ]* Time, Europe/Berlin, UTC\\+01:00\\)");
        assertThat(mentee.text("text/html")).contains("Tuesday, 1 December 2026, 16:00\u201317:00");
    }

    @Test
    void a_mentee_whose_zone_is_known_sees_the_time_in_their_zone_else_in_the_booked_zone() throws Exception {
        MentoringSession session = MentoringSession.confirmed(
                new SessionId("s-123"),
                new Mentor(new MentorId("m-1"), "Ada Lovelace", "ada@example.org", Fixtures.TOKYO),
                new Mentee("e-9", "Bo Berg", "bo@example.org", ZoneId.of("Asia/Kolkata")),
                "Career chat",
                Fixtures.START,
                Fixtures.END,
                Fixtures.BERLIN,
                ChangeOrder.unstated());
        ReceivedMail mentee = sendAndReceive(
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, session, Fixtures.activeZoomLink()));
        assertThat(flat(mentee.text("text/plain")))
                .containsPattern(
                        "When: Tuesday, 1 December 2026, 20:30\u201321:30 \\(India[A-Za-z ]* Time, Asia/Kolkata, UTC\\+05:30\\)");
        assertThat(mentee.message().getSubject()).endsWith("Tue 1 Dec 2026, 20:30 Asia/Kolkata");
    }

    @Test
    void reschedule_resends_the_invite_with_the_same_uid_and_a_higher_sequence() throws Exception {
        MentoringSession session = Fixtures.session();
        sender().send(Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, session, Fixtures.activeZoomLink()));
        session.reschedule(
                Instant.parse("2026-12-03T08:30:00Z"), Instant.parse("2026-12-03T09:15:00Z"), Fixtures.BERLIN);
        sender().send(Fixtures.toMentee(NotificationKind.SESSION_RESCHEDULED, session, Fixtures.activeZoomLink()));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        ParsedIcs first =
                IndependentIcsParser.parse(ReceivedMail.bytes(new ReceivedMail(received[0]).part("text/calendar")));
        ReceivedMail moved = new ReceivedMail(received[1]);
        ParsedIcs second = IndependentIcsParser.parse(ReceivedMail.bytes(moved.part("text/calendar")));
        assertThat(second.one("UID")).isEqualTo(first.one("UID"));
        assertThat(Integer.parseInt(second.one("SEQUENCE"))).isEqualTo(Integer.parseInt(first.one("SEQUENCE")) + 1);
        assertThat(second.one("CAL.METHOD")).isEqualTo("REQUEST");
        assertThat(second.one("DTSTART.LOCAL")).isEqualTo("2026-12-03T09:30:00");
        assertThat(moved.message().getSubject()).startsWith("Session moved: Career chat");
        assertThat(moved.text("text/plain")).contains("New time: Thursday, 3 December 2026, 09:30\u201310:15");
        assertThat(moved.message().getHeader("Message-ID")[0])
                .isNotEqualTo(new ReceivedMail(received[0]).message().getHeader("Message-ID")[0]);
    }

    @Test
    void cancellation_sends_method_cancel() throws Exception {
        MentoringSession session = Fixtures.session();
        session.cancel();

        ReceivedMail mail = sendAndReceive(
                Fixtures.toMentee(NotificationKind.SESSION_CANCELLED, session, Fixtures.activeZoomLink()));

        assertThat(mail.part("text/calendar").getContentType().replaceAll("\\s+", " "))
                .isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
        ParsedIcs invite = IndependentIcsParser.parse(
                ReceivedMail.bytes(mail.attachment("invite.ics").orElseThrow()));
        assertThat(invite.one("CAL.METHOD")).isEqualTo("CANCEL");
        assertThat(invite.one("STATUS")).isEqualTo("CANCELLED");
        assertThat(invite.one("UID")).isEqualTo("s-123@meetlinks");
        assertThat(invite.one("SEQUENCE")).isEqualTo("1");
        assertThat(mail.message().getSubject()).startsWith("Session cancelled: Career chat");
        assertThat(flat(mail.text("text/plain"))).contains("has been cancelled");
    }

    @Test
    void late_confirmation_of_a_cancelled_session_carries_the_cancellation() throws Exception {
        MentoringSession session = Fixtures.session();
        session.cancel();

        ReceivedMail mail = sendAndReceive(
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, session, Fixtures.activeZoomLink()));

        assertThat(IndependentIcsParser.parse(ReceivedMail.bytes(mail.part("text/calendar")))
                        .one("CAL.METHOD"))
                .isEqualTo("CANCEL");
    }

    @Test
    void a_google_mentors_emails_carry_no_second_calendar_entry_and_say_so_while_the_mentee_gets_the_invite()
            throws Exception {
        for (NotificationKind kind : List.of(
                NotificationKind.SESSION_CONFIRMED,
                NotificationKind.SESSION_RESCHEDULED,
                NotificationKind.SESSION_CANCELLED)) {
            SMTP.purgeEmailFromAllMailboxes();
            ReceivedMail mail =
                    sendAndReceive(Fixtures.toMentor(kind, Fixtures.session(), Fixtures.activeGoogleLink()));
            assertThat(mail.leafTypes()).as(kind.name()).noneMatch(type -> type.startsWith("text/calendar"));
            assertThat(mail.attachment("invite.ics")).as(kind.name()).isEmpty();
            assertThat(flat(mail.text("text/plain"))).as(kind.name()).contains("Google Calendar");
        }
        SMTP.purgeEmailFromAllMailboxes();
        ReceivedMail toMentee = sendAndReceive(
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, Fixtures.session(), Fixtures.activeGoogleLink()));
        assertThat(toMentee.attachment("invite.ics")).isPresent();
        assertThat(flat(toMentee.text("text/plain"))).doesNotContain("Google Calendar");
    }

    @Test
    void a_mentor_whose_link_moved_to_google_gets_the_cancellation_of_our_earlier_invite() throws Exception {
        ReceivedMail mail = sendAndReceive(
                Fixtures.toMentor(NotificationKind.LINK_UPDATED, Fixtures.session(), Fixtures.activeGoogleLink()));
        ParsedIcs invite = IndependentIcsParser.parse(
                ReceivedMail.bytes(mail.attachment("invite.ics").orElseThrow()));
        assertThat(invite.one("CAL.METHOD")).isEqualTo("CANCEL");
        assertThat(invite.one("UID")).isEqualTo("s-123@meetlinks");
        assertThat(invite.one("STATUS")).isEqualTo("CANCELLED");
        assertThat(flat(mail.text("text/plain"))).contains("now in your Google Calendar");
    }

    @Test
    void add_link_manually_prompt_points_the_mentor_to_the_mentor_page_without_invite() throws Exception {
        ReceivedMail mail = sendAndReceive(
                Fixtures.toMentor(NotificationKind.ADD_LINK_MANUALLY, Fixtures.session(), Fixtures.pendingLink()));

        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.leafTypes()).hasSize(2).noneMatch(type -> type.startsWith("text/calendar"));
        assertThat(mail.attachment("invite.ics")).isEmpty();
        assertThat(mail.message().getSubject()).isEqualTo("Action needed: add a meeting link for Career chat");
        assertThat(flat(mail.text("text/plain")))
                .contains("We could not create a video meeting link")
                .contains("Please add one here:")
                .contains("Add a meeting link: " + MENTOR_PAGE);
        assertThat(mail.text("text/html")).contains("href=\"" + MENTOR_PAGE + "\"");
    }

    @Test
    void reconnect_prompt_names_the_platform_and_carries_no_invite() throws Exception {
        ReceivedMail mail = sendAndReceive(Fixtures.toMentor(
                NotificationKind.RECONNECT_PROVIDER, Fixtures.session(), Fixtures.pendingLink(), Platform.ZOOM));

        assertThat(mail.leafTypes()).noneMatch(type -> type.startsWith("text/calendar"));
        assertThat(mail.attachment("invite.ics")).isEmpty();
        assertThat(mail.message().getSubject()).isEqualTo("Action needed: reconnect your Zoom account");
        assertThat(flat(mail.text("text/plain")))
                .contains("Your Zoom connection stopped working")
                .contains("Reconnect Zoom: " + MENTOR_PAGE);
    }

    @Test
    void user_text_is_escaped_in_the_html_part() throws Exception {
        MentoringSession session = Fixtures.session(
                "Ada <img src=x onerror=alert(1)>", "Bo \"><script>", "<script>alert('x')</script> & more");
        OutgoingNotification notification = new OutgoingNotification(
                new Notification(
                        NotificationKind.SESSION_CONFIRMED,
                        "m-html",
                        "Bo <b>Berg</b>",
                        "bo@example.org",
                        false,
                        session.id(),
                        session.sequence()),
                session,
                Fixtures.activeZoomLink(),
                MENTOR_PAGE);

        ReceivedMail mail = sendAndReceive(notification);

        String html = mail.text("text/html");
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("Hello Bo &lt;b&gt;Berg&lt;/b&gt;,")
                .contains("with Ada &lt;img src=x onerror=alert(1)&gt;");
        assertThat(flat(mail.text("text/plain"))).contains("<script>alert('x')</script> & more");
    }

    @Test
    void non_web_links_are_never_made_clickable() throws Exception {
        OutgoingNotification notification = new OutgoingNotification(
                new Notification(
                        NotificationKind.ADD_LINK_MANUALLY,
                        "m-js",
                        "Ada",
                        "ada@example.org",
                        true,
                        Fixtures.session().id(),
                        Fixtures.session().sequence()),
                Fixtures.session(),
                Fixtures.pendingLink(),
                "javascript:alert(document.cookie)");

        String html = sendAndReceive(notification).text("text/html");

        assertThat(html).doesNotContain("href=\"javascript").contains("javascript:alert(document.cookie)");
    }

    @Test
    void line_breaks_in_names_and_topic_cannot_inject_headers() throws Exception {
        MentoringSession session = Fixtures.session("Career chat\r\nBcc: evil@attacker.example\r\nX-Evil: 1");
        OutgoingNotification notification = new OutgoingNotification(
                new Notification(
                        NotificationKind.SESSION_CONFIRMED,
                        "m-inject\r\nX-Evil: 2",
                        "Bo\r\nBcc: evil@attacker.example",
                        "bo@example.org",
                        false,
                        session.id(),
                        session.sequence()),
                session,
                Fixtures.activeZoomLink(),
                MENTOR_PAGE);

        ReceivedMail mail = sendAndReceive(notification);

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(mail.message().getAllRecipients()).hasSize(1);
        assertThat(((InternetAddress) mail.message().getAllRecipients()[0]).getAddress())
                .isEqualTo("bo@example.org");
        assertThat(mail.rawHeaderLines())
                .noneMatch(line -> line.regionMatches(true, 0, "Bcc:", 0, 4))
                .noneMatch(line -> line.startsWith("X-Evil"));
        assertThat(mail.message().getHeader("Bcc")).isNull();
        assertThat(mail.message().getSubject())
                .isEqualTo(
                        "Session confirmed: Career chat Bcc: evil@attacker.example X-Evil: 1 \u2013 Tue 1 Dec 2026, 16:00 Europe/Berlin");
        assertThat(((InternetAddress) mail.message().getAllRecipients()[0]).getPersonal())
                .isEqualTo("Bo Bcc: evil@attacker.example");
        assertThat(mail.header("Message-ID"))
                .doesNotContain("\r")
                .doesNotContain("\n")
                .doesNotContain(" ");
    }

    @Test
    void names_outside_ascii_are_encoded_in_utf8() throws Exception {
        MentoringSession session =
                Fixtures.session("Zoë Ærøskøbing", "Bö Łukasz", "Karriere & Zukunft \u2013 nächste Schritte");
        OutgoingNotification notification =
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, session, Fixtures.activeZoomLink());

        ReceivedMail mail = sendAndReceive(notification);

        assertThat(mail.rawHeaderLines())
                .anyMatch(line -> line.startsWith("To: =?UTF-8?"))
                .anyMatch(line -> line.startsWith("Subject: =?UTF-8?"));
        assertThat(((InternetAddress) mail.message().getAllRecipients()[0]).getPersonal())
                .isEqualTo("Bö Łukasz");
        assertThat(mail.message().getSubject())
                .startsWith("Session confirmed: Karriere & Zukunft \u2013 nächste Schritte");
        ParsedIcs invite = IndependentIcsParser.parse(ReceivedMail.bytes(mail.part("text/calendar")));
        assertThat(invite.one("ORGANIZER;CN")).isEqualTo("Zoë Ærøskøbing");
        assertThat(invite.one("ATTENDEE.1;CN")).isEqualTo("Bö Łukasz");
    }

    @Test
    void sending_the_same_notification_again_keeps_the_message_id() throws Exception {
        OutgoingNotification notification =
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, Fixtures.session(), Fixtures.activeZoomLink());
        sender().send(notification);
        sender(SMTP.getSmtp().getPort()).send(notification);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        List<String> ids = Arrays.asList(
                received[0].getHeader("Message-ID")[0], received[1].getHeader("Message-ID")[0]);
        assertThat(ids.get(0))
                .isEqualTo(ids.get(1))
                .isEqualTo(MessageIds.of(notification.messageId()))
                .matches("<[A-Za-z0-9._-]+@meetlinks>");
    }

    @Test
    void unreachable_mail_server_is_a_retryable_failure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MailNotificationSender sender = sender(closedPort);
        OutgoingNotification notification =
                Fixtures.toMentee(NotificationKind.SESSION_CONFIRMED, Fixtures.session(), Fixtures.activeZoomLink());

        assertThatThrownBy(() -> sender.send(notification))
                .isInstanceOfSatisfying(
                        NotificationDeliveryException.class,
                        e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining(notification.messageId())
                .hasMessageNotContaining("bo@example.org");
    }

    @Test
    void malformed_recipient_address_is_not_retryable() {
        OutgoingNotification notification = new OutgoingNotification(
                new Notification(
                        NotificationKind.SESSION_CONFIRMED,
                        "m-bad",
                        "Bo",
                        "bo at example dot org",
                        false,
                        Fixtures.session().id(),
                        Fixtures.session().sequence()),
                Fixtures.session(),
                Fixtures.activeZoomLink(),
                MENTOR_PAGE);

        assertThatThrownBy(() -> sender().send(notification))
                .isInstanceOfSatisfying(
                        NotificationDeliveryException.class,
                        e -> assertThat(e.retryable()).isFalse());
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    /** The text part with its line breaks undone, as a reader takes it in. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
