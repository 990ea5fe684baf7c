package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a message GreenMail received: its leaf parts by content type, raw headers and bytes. */
final class ReceivedMail {
    private final MimeMessage message;
    private final List<Part> leaves = new ArrayList<>();

    ReceivedMail(MimeMessage message) {
        this.message = message;
        try {
            collect(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message", e);
        }
    }

    MimeMessage message() {
        return message;
    }

    String contentType() {
        return call(message::getContentType);
    }

    /** The decoded text of the single leaf part whose content type starts with {@code type}. */
    String text(String type) {
        return new String(bytes(part(type)), StandardCharsets.UTF_8);
    }

    Part part(String type) {
        List<Part> matching = parts(type);
        assertThat(matching).as("parts of type %s in %s", type, leafTypes()).hasSize(1);
        return matching.get(0);
    }

    List<Part> parts(String type) {
        List<Part> matching = new ArrayList<>();
        for (Part leaf : leaves) {
            if (call(leaf::getContentType).toLowerCase(Locale.ROOT).startsWith(type)) {
                matching.add(leaf);
            }
        }
        return matching;
    }

    List<String> leafTypes() {
        List<String> types = new ArrayList<>();
        for (Part leaf : leaves) {
            types.add(call(leaf::getContentType).replaceAll("\\s+", " "));
        }
        return types;
    }

    Optional<Part> attachment(String fileName) {
        for (Part leaf : leaves) {
            if (fileName.equals(call(leaf::getFileName))) {
                return Optional.of(leaf);
            }
        }
        return Optional.empty();
    }

    /** All header lines as sent (folded lines joined), for injection checks. */
    List<String> rawHeaderLines() {
        String raw = raw();
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        return List.of(headers.replaceAll("\r\n[ \t]", " ").split("\r\n"));
    }

    String header(String name) {
        String[] values = call(() -> message.getHeader(name));
        assertThat(values).as("header %s", name).isNotNull().hasSize(1);
        return values[0];
    }

    String raw() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void collect(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child);
            }
        } else {
            leaves.add(part);
        }
    }

    private static <T> T call(MailCall<T> call) {
        try {
            return call.get();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Jakarta Mail getter. */
    private interface MailCall<T> {
        T get() throws MessagingException;
    }
}
