package org.meetlinks.adapter.in.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.util.Optional;

/** Hand-made JMS messages as a broker delivers them: an id, a body, a delivery count; any other call fails loudly. */
final class FakeMessages {
    private FakeMessages() {}

    /** A text message delivered for the given time. */
    static TextMessage text(String id, String body, int deliveryCount) {
        return message(TextMessage.class, id, Optional.of(body), Optional.of(deliveryCount));
    }

    /** A text message whose broker does not set JMSXDeliveryCount (reading it as an int then fails). */
    static TextMessage textWithoutDeliveryCount(String id, String body) {
        return message(TextMessage.class, id, Optional.of(body), Optional.empty());
    }

    /** A text message whose body cannot be read (the broker connection broke, say). */
    static TextMessage unreadableText(String id) {
        return message(TextMessage.class, id, Optional.empty(), Optional.of(1));
    }

    /** A bytes message: not what the booking system sends. */
    static BytesMessage bytes(String id) {
        return message(BytesMessage.class, id, Optional.empty(), Optional.of(1));
    }

    private static <T extends Message> T message(
            Class<T> type, String id, Optional<String> body, Optional<Integer> deliveryCount) {
        Object proxy = Proxy.newProxyInstance(
                FakeMessages.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
                    switch (method.getName()) {
                        case "getJMSMessageID":
                            return id;
                        case "getText":
                            return body.orElseThrow(() -> new JMSException("connection to the broker lost"));
                        case "getIntProperty":
                            if ("JMSXDeliveryCount".equals(args[0])) {
                                // As Integer.valueOf(null) does for an absent property.
                                return deliveryCount.orElseThrow(() -> new NumberFormatException("null"));
                            }
                            throw new UnsupportedOperationException("property " + args[0]);
                        case "equals":
                            return self == args[0];
                        case "hashCode":
                            return System.identityHashCode(self);
                        case "toString":
                            return type.getSimpleName() + " " + id;
                        default:
                            throw new UnsupportedOperationException(method.getName() + " on a fake message");
                    }
                });
        return type.cast(proxy);
    }
}
