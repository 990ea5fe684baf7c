package org.meetlinks.adapter.in.jms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/** Moves a booking event that can never succeed to the exception queue, with the reason attached. */
@ApplicationScoped
class DeadLetters {
    static final String QUEUE = "jms/BookingEvents.DLQ";

    private final JmsResources resources;

    @Inject
    DeadLetters(JmsResources resources) {
        this.resources = resources;
    }

    /** For CDI client proxies only. */
    DeadLetters() {
        this.resources = null;
    }

    /** Sends within the caller's (the MDB's) transaction: the move and the acknowledgement commit together. */
    void send(Message original, String field, String reason) {
        try (JMSContext context = resources.connectionFactory().createContext()) {
            JMSProducer producer = context.createProducer()
                    .setProperty("meetlinksErrorField", field)
                    .setProperty("meetlinksError", reason)
                    .setProperty("meetlinksOriginalMessageId", original.getJMSMessageID());
            Queue dlq = resources.deadLetterQueue();
            if (original instanceof TextMessage text) {
                producer.send(dlq, text.getText());
            } else {
                producer.send(dlq, "(not a text message: " + original.getClass().getSimpleName() + ")");
            }
        } catch (JMSException e) {
            throw new IllegalStateException("could not move the message to " + QUEUE, e);
        }
    }
}
