package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The single-purpose links in the mentor emails the mail sink holds, and links planted in the database. */
final class EmailLinks {
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmailLinks() {}

    /** Waits for an email to {@code address} whose subject contains {@code subject}; answers its link to {@code path}. */
    static String awaitLink(String address, String subject, String path) {
        Pattern link = Pattern.compile("https?://[^\\s\"<>]+/from-email/" + path + "/[A-Za-z0-9_-]{43}");
        return Eventually.await("an email to " + address + " about " + subject, Duration.ofSeconds(30), () -> {
            List<MimeMessage> mails = Mailbox.to(address);
            for (MimeMessage mail : mails) {
                if (Mailbox.subject(mail).contains(subject)) {
                    Optional<String> text = Mailbox.part(mail, "text/plain");
                    Matcher m = link.matcher(text.orElse(""));
                    if (m.find()) {
                        return Optional.of(m.group());
                    }
                }
            }
            return Optional.empty();
        });
    }

    /** The same link on the test server (the emails carry the server's public base URL). */
    static String onServer(String emailed) {
        return Api.BASE + emailed.substring(emailed.indexOf("/from-email/"));
    }

    /** Plants a link in the database (as the server stores one: the token's SHA-256), answers its token. */
    static String plant(String purpose, String mentorId, String subject, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertThat(Database.update(
                        "insert into email_link (token_hash, purpose, mentor_id, subject, expires_at) "
                                + "values (?, ?, ?, ?, ?)",
                        sha256(token),
                        purpose,
                        mentorId,
                        subject,
                        OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC)))
                .isEqualTo(1);
        return token;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
