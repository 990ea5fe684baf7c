package org.meetlinks.adapter.in.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSRuntimeException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moving a booking event to the exception queue keeps its text and says why; a failed move is not swallowed. */
class DeadLettersTest {
    private final FakeBroker broker = new FakeBroker();
    private final DeadLetters deadLetters = new DeadLetters(broker);

    @Test
    void the_original_text_goes_to_the_exception_queue_with_the_field_the_reason_and_the_original_id() {
        deadLetters.send(FakeMessages.text("ID:41", "{not json", 1), "body", "body: is not valid JSON");

        assertThat(broker.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.destination()).isSameAs(broker.deadLetterQueue());
            assertThat(sent.text()).isEqualTo("{not json");
            assertThat(sent.properties())
                    .isEqualTo(Map.of(
                            "meetlinksErrorField",
                            "body",
                            "meetlinksError",
                            "body: is not valid JSON",
                            "meetlinksOriginalMessageId",
                            "ID:41"));
        });
        assertThat(broker.openContexts()).isZero();
    }

    @Test
    void a_message_that_is_not_text_is_recorded_as_such() {
        deadLetters.send(FakeMessages.bytes("ID:42"), "body", "body: expected a JMS TextMessage");

        assertThat(broker.sent())
                .singleElement()
                .satisfies(sent -> assertThat(sent.text()).startsWith("(not a text message: "));
    }

    @Test
    void a_text_that_cannot_be_read_fails_the_move_naming_the_queue() {
        assertThatThrownBy(() -> deadLetters.send(FakeMessages.unreadableText("ID:43"), "body", "unreadable"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DeadLetters.QUEUE)
                .hasRootCauseMessage("connection to the broker lost");
        assertThat(broker.sent()).isEmpty();
        assertThat(broker.openContexts()).isZero();
    }

    @Test
    void a_send_the_broker_refuses_is_thrown_and_the_context_still_closed() {
        JMSRuntimeException refused = new JMSRuntimeException("queue full");
        broker.refuseSendsWith(refused);

        assertThatThrownBy(() -> deadLetters.send(FakeMessages.text("ID:44", "{}", 1), "type", "type: missing"))
                .isSameAs(refused);
        assertThat(broker.openContexts()).isZero();
    }
}
