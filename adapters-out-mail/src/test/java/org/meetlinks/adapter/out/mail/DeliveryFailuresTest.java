package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.NotificationDeliveryException;
import org.meetlinks.application.port.out.NotificationKind;

/** Which mail failures may be retried. */
class DeliveryFailuresTest {
    private static final Address[] NONE = new Address[0];
    private static final Address[] BO = {address()};

    @Test
    void refused_recipient_is_final() {
        SendFailedException refused = new SendFailedException("550 no such user", null, NONE, NONE, BO);

        assertThat(DeliveryFailures.isRetryable(refused)).isFalse();
    }

    @Test
    void recipient_not_accepted_for_now_is_retryable() {
        SendFailedException later = new SendFailedException("451 try again", null, NONE, BO, NONE);

        assertThat(DeliveryFailures.isRetryable(later)).isTrue();
    }

    @Test
    void malformed_address_is_final() {
        assertThat(DeliveryFailures.isRetryable(new AddressException("Illegal address", "bo at example")))
                .isFalse();
    }

    @Test
    void connection_and_authentication_trouble_is_retryable() {
        assertThat(DeliveryFailures.isRetryable(new MessagingException("could not connect", new ConnectException())))
                .isTrue();
        assertThat(DeliveryFailures.isRetryable(new AuthenticationFailedException("535")))
                .isTrue();
    }

    @Test
    void failure_message_names_the_notification_but_no_address_or_server_reply() {
        SendFailedException refused =
                new SendFailedException("550 5.1.1 <bo@example.org>: no such user", null, NONE, NONE, BO);

        NotificationDeliveryException e =
                DeliveryFailures.sending(NotificationKind.SESSION_CONFIRMED, "msg-1", refused);

        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage())
                .contains("SESSION_CONFIRMED")
                .contains("msg-1")
                .doesNotContain("bo@example.org")
                .doesNotContain("550");
        assertThat(e.getCause()).isSameAs(refused);
    }

    private static Address address() {
        try {
            return new InternetAddress("bo@example.org");
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }
}
