package org.meetlinks.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerTest {
    private static final long WAIT_MS = 15_000;

    @TempDir
    Path dataDir;

    @Test
    void a_message_sent_over_tcp_is_received_from_the_booking_event_queue() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(freePort(), dataDir, 10);
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
                JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue(EmbeddedBroker.BOOKING_EVENTS);
            context.createProducer().send(queue, "{\"type\":\"BookingCancelled\"}");

            assertThat(context.createConsumer(queue).receiveBody(String.class, WAIT_MS))
                    .isEqualTo("{\"type\":\"BookingCancelled\"}");
        }
    }

    @Test
    void a_message_rolled_back_max_delivery_attempts_times_lands_on_the_dead_letter_queue() throws Exception {
        int maxDeliveryAttempts = 3;
        try (EmbeddedBroker broker = EmbeddedBroker.start(freePort(), dataDir, maxDeliveryAttempts);
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
                JMSContext context = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue queue = context.createQueue(EmbeddedBroker.BOOKING_EVENTS);
            context.createProducer().send(queue, "poison");
            context.commit();

            JMSConsumer consumer = context.createConsumer(queue);
            for (int delivery = 1; delivery <= maxDeliveryAttempts; delivery++) {
                Message message = consumer.receive(WAIT_MS);
                assertThat(message).as("delivery %d", delivery).isNotNull();
                assertThat(message.getIntProperty("JMSXDeliveryCount")).isEqualTo(delivery);
                context.rollback();
            }
            assertThat(consumer.receiveNoWait()).isNull();
            consumer.close();

            JMSConsumer deadLetters = context.createConsumer(context.createQueue(EmbeddedBroker.DEAD_LETTERS));
            assertThat(deadLetters.receiveBody(String.class, WAIT_MS)).isEqualTo("poison");
            context.commit();
        }
    }

    @Test
    void a_queue_the_broker_does_not_have_is_refused_not_created() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(freePort(), dataDir, 10);
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
                JMSContext context = factory.createContext()) {
            assertThatThrownBy(() -> context.createQueue("jms/BookingEvents"))
                    .isInstanceOf(JMSRuntimeException.class)
                    .hasMessageContaining("no queue");
            assertThatThrownBy(() -> broker.messageCount("jms/BookingEvents"))
                    .hasMessageContaining("no queue jms/BookingEvents");
        }
    }

    @Test
    void messages_survive_a_restart_of_the_broker_on_the_same_data() throws Exception {
        int port = freePort();
        try (EmbeddedBroker broker = EmbeddedBroker.start(port, dataDir, 10);
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
                JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createQueue(EmbeddedBroker.BOOKING_EVENTS), "kept");
        }
        try (EmbeddedBroker broker = EmbeddedBroker.start(port, dataDir, 10);
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
                JMSContext context = factory.createContext()) {
            assertThat(broker.messageCount(EmbeddedBroker.BOOKING_EVENTS)).isEqualTo(1);
            assertThat(context.createConsumer(context.createQueue(EmbeddedBroker.BOOKING_EVENTS))
                            .receiveBody(String.class, WAIT_MS))
                    .isEqualTo("kept");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
