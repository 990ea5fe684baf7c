package org.meetlinks.adapter.in.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.lang.System.Logger.Level;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.contract.bookingevent.MalformedBookingEventException;

/**
 * Receives booking events from jms/BookingEvents. A malformed event is logged and moved to the
 * exception queue at once (it can never succeed); any other failure rolls the delivery back, so the
 * broker redelivers it a bounded number of times before it moves it to the exception queue.
 */
@MessageDriven(
        name = "BookingEventListener",
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/BookingEvents"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class BookingEventListener implements MessageListener {
    private static final System.Logger LOG = System.getLogger(BookingEventListener.class.getName());

    private BookingEventWork work;
    private DeadLetters deadLetters;
    private HandledBookingEvents handled;

    /** EJB containers need a public no-argument constructor; collaborators arrive through {@link #wire}. */
    public BookingEventListener() {}

    @Inject
    void wire(BookingEventWork work, DeadLetters deadLetters, HandledBookingEvents handled) {
        this.work = work;
        this.deadLetters = deadLetters;
        this.handled = handled;
    }

    @Override
    public void onMessage(Message message) {
        String messageId = idOf(message);
        String body;
        try {
            body = textOf(message);
        } catch (MalformedBookingEventException e) {
            reject(message, messageId, e);
            return;
        }
        try {
            BookingOutcome outcome = work.handle(body);
            handled.handled(outcome.result());
            LOG.log(
                    Level.DEBUG,
                    () -> "Booking event " + outcome.eventId() + " for session " + outcome.sessionId()
                            + ": " + outcome.result() + ", link "
                            + outcome.meetingLink()
                                    .map(link -> link.status().name())
                                    .orElse("none yet"));
        } catch (MalformedBookingEventException e) {
            reject(message, messageId, e);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Booking event message " + messageId + " failed (delivery " + deliveryCount(message)
                            + "); rolling back for redelivery",
                    e);
            throw e;
        }
    }

    private void reject(Message message, String messageId, MalformedBookingEventException e) {
        LOG.log(
                Level.WARNING,
                () -> "Malformed booking event message " + messageId + " moved to " + DeadLetters.QUEUE + ": "
                        + e.getMessage());
        deadLetters.send(message, e.field(), e.getMessage());
    }

    private static String textOf(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedBookingEventException(
                    "body",
                    "expected a JMS TextMessage holding JSON, got "
                            + message.getClass().getSimpleName());
        }
        try {
            return text.getText();
        } catch (JMSException e) {
            throw new IllegalStateException("could not read the message text", e);
        }
    }

    private static String idOf(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(id unreadable: " + e.getMessage() + ")";
        }
    }

    private static String deliveryCount(Message message) {
        try {
            return String.valueOf(message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException | NumberFormatException e) {
            return "unknown";
        }
    }
}
