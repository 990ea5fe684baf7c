package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The sender identity is checked when wired. */
class MailSettingsTest {
    @Test
    void senderWithLineBreaksIsRejected() {
        assertThatThrownBy(() -> new MailSettings("no-reply@meetlinks.example\r\nBcc: x@y.z", "meetlinks"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings("no-reply@meetlinks.example", "meet\nlinks"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void senderThatIsNoEmailAddressIsRejectedWhenWired() {
        MailSettings settings = new MailSettings("no-reply", "meetlinks");

        assertThatThrownBy(() -> new MailNotificationSender(
                        Session.getInstance(new Properties()), settings, Fixtures.invites(), Fixtures.CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
