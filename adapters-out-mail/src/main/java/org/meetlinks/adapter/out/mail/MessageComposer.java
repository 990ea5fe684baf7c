package org.meetlinks.adapter.out.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.meetlinks.application.port.out.OutgoingNotification;

/**
 * Builds the MIME message for one notification. Session notifications: multipart/mixed holding
 * multipart/alternative (text/plain, text/html, text/calendar with the iTIP method) plus the same
 * invite attached as invite.ics. Mentor prompts: multipart/alternative (text/plain, text/html) only.
 */
final class MessageComposer {
    static final String INVITE_FILE = "invite.ics";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final int MAX_NAME = 200;

    private final Session session;
    private final InternetAddress from;
    private final InviteBuilder invites;
    private final Clock clock;

    MessageComposer(Session session, MailSettings settings, InviteBuilder invites, Clock clock) {
        this.session = session;
        this.from = address(settings.fromAddress(), settings.fromName());
        try {
            from.validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("The configured sender address is not an email address", e);
        }
        this.invites = invites;
        this.clock = clock;
    }

    MimeMessage compose(OutgoingNotification n) throws MessagingException {
        EmailContent content = NotificationTexts.render(n);
        MimeMessage message = new StableIdMimeMessage(session, MessageIds.of(n.messageId()));
        message.setFrom(from);
        InternetAddress to = address(n.recipientEmail(), n.recipientName());
        to.validate();
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(HeaderText.oneLine(content.subject(), 200), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(content.text(), "plain"));
        alternative.addBodyPart(textPart(content.html(), "html"));
        Optional<InviteKind> inviteKind = InviteKind.of(n);
        if (inviteKind.isPresent()) {
            byte[] ics = invites.invite(n.session(), n.link(), inviteKind.get().cancelled())
                    .getBytes(StandardCharsets.UTF_8);
            alternative.addBodyPart(calendarPart(ics, inviteKind.get()));
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(wrap(alternative));
            mixed.addBodyPart(attachment(ics, inviteKind.get()));
            message.setContent(mixed);
        } else {
            message.setContent(alternative);
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        return part;
    }

    private static MimeBodyPart calendarPart(byte[] ics, InviteKind kind) throws MessagingException {
        String type = "text/calendar; method=" + kind.method() + "; charset=UTF-8";
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, type)));
        part.setHeader("Content-Type", type);
        return part;
    }

    private static MimeBodyPart attachment(byte[] ics, InviteKind kind) throws MessagingException {
        String type = "application/ics; name=" + INVITE_FILE;
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, type)));
        part.setHeader("Content-Type", type);
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(INVITE_FILE);
        part.setDescription(kind.cancelled() ? "Calendar cancellation" : "Calendar invite");
        return part;
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    /** An address whose display name is one clean line, RFC 2047-encoded in UTF-8 where needed. */
    private static InternetAddress address(String email, String name) {
        try {
            return new InternetAddress(HeaderText.oneLine(email, 320), HeaderText.oneLine(name, MAX_NAME), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is supported by every Java platform", e);
        }
    }
}
