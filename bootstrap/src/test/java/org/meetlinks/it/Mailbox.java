package org.meetlinks.it;

import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.meetlinks.devstack.MailHandlers;

/** Reads what the server sent from the dev stack's mail sink, as real MIME messages. */
final class Mailbox {
    static final String BASE = System.getProperty("it.mailUrl", "http://localhost:18025");
    private static final Session SESSION = Session.getInstance(new Properties());

    static {
        MailHandlers.preferJakartaMail();
    }

    private Mailbox() {}

    static List<MimeMessage> to(String address) {
        return Api.jsonArray(Api.getAbsolute(BASE + "/messages.json")).stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getString("to").contains(address))
                .map(m -> parse(m.getString("raw")))
                .toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of the first part with this content type (e.g. text/calendar), if any. */
    static Optional<String> part(Part part, String contentType) {
        try {
            if (part.isMimeType(contentType)) {
                Object content = part.getContent();
                return Optional.of(
                        content instanceof String s
                                ? s
                                : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<String> found = part(child, contentType);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage parse(String raw) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
