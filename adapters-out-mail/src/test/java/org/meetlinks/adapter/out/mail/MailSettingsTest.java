package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The sender identity is checked when wired. */
class MailSettingsTest {
    @Test
    void sender_with_line_breaks_is_rejected() {
        assertThatThrownBy(() -> new MailSettings("no-reply@meetlinks.example\r\nBcc: x@y.z", "meetlinks"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings("no-reply@meetlinks.example", "meet\nlinks"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sender_that_is_no_email_address_is_rejected_when_wired() {
        MailSettings settings = new MailSettings("no-reply", "meetlinks");

        assertThatThrownBy(() -> new MailNotificationSender(
                        Session.getInstance(new Properties()), settings, Fixtures.invites(), Fixtures.CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
