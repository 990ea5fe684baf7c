package org.meetlinks.bench;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Sends the run's confirmations to the broker's BookingEvents queue as persistent JMS text messages, the way
 * the booking system does, at a fixed rate (or all at once), remembering when each one left.
 */
final class BookingSender implements AutoCloseable {
    private final ActiveMQConnectionFactory factory;
    private final JMSContext context;
    private final JMSProducer producer;
    private final Queue queue;

    /**
     * Sends do not wait for the broker's disk write one by one (blockOnDurableSend=false): a single sending
     * thread could not keep 50/s otherwise, while a booking system sends from many threads at once. The messages
     * are still persistent; closing the sender waits for the broker to have them all.
     */
    BookingSender(String brokerUrl) {
        factory = new ActiveMQConnectionFactory(brokerUrl + "?blockOnDurableSend=false");
        context = factory.createContext();
        producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        queue = context.createQueue("BookingEvents");
    }

    /**
     * Sends events 0..count-1; {@code sentNanos[i]} gets System.nanoTime() of the send. {@code afterEach} hears
     * each index once it was sent (progress, disruptions).
     */
    void send(
            Confirmations confirmations,
            int count,
            double ratePerSecond,
            boolean twice,
            long[] sentNanos,
            IntConsumer afterEach) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (ratePerSecond > 0) {
                long due = start + (long) (i * 1_000_000_000L / ratePerSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            String json = confirmations.json(i);
            sentNanos[i] = System.nanoTime();
            producer.send(queue, json);
            if (twice) {
                producer.send(queue, json);
            }
            afterEach.accept(i);
        }
    }

    @Override
    public void close() {
        context.close();
        factory.close();
    }
}
