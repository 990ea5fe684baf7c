package org.meetlinks.adapter.in.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The container's JMS resources backed by a broker that records what is sent to which queue and whether each
 * context was closed; it can be told to refuse sends. Any JMS call the code is not expected to make fails loudly.
 */
final class FakeBroker extends JmsResources {
    /** One message sent: where, its text, and the properties set on the producer. */
    record Sent(Destination destination, String text, Map<String, String> properties) {}

    private final Queue deadLetterQueue = named(Queue.class, "jms/BookingEvents.DLQ");
    private final List<Sent> sent = new ArrayList<>();
    private int openContexts;
    private Optional<JMSRuntimeException> sendFailure = Optional.empty();

    @Override
    ConnectionFactory connectionFactory() {
        return proxy(ConnectionFactory.class, (self, method, args) -> {
            if (method.getName().equals("createContext") && method.getParameterCount() == 0) {
                openContexts++;
                return context();
            }
            return refuse(method.getName());
        });
    }

    @Override
    Queue deadLetterQueue() {
        return deadLetterQueue;
    }

    /** From now on sends fail with this exception. */
    void refuseSendsWith(JMSRuntimeException e) {
        sendFailure = Optional.of(e);
    }

    List<Sent> sent() {
        return sent;
    }

    /** Contexts created and not closed yet. */
    int openContexts() {
        return openContexts;
    }

    private JMSContext context() {
        return proxy(JMSContext.class, (self, method, args) -> {
            switch (method.getName()) {
                case "createProducer":
                    return producer(new LinkedHashMap<>());
                case "close":
                    openContexts--;
                    return null;
                default:
                    return refuse(method.getName());
            }
        });
    }

    private JMSProducer producer(Map<String, String> properties) {
        return proxy(JMSProducer.class, (self, method, args) -> {
            boolean textArguments = method.getParameterCount() == 2 && method.getParameterTypes()[1] == String.class;
            if (method.getName().equals("setProperty") && textArguments) {
                properties.put((String) args[0], (String) args[1]);
                return self;
            }
            if (method.getName().equals("send") && textArguments) {
                sendFailure.ifPresent(e -> {
                    throw e;
                });
                sent.add(new Sent((Destination) args[0], (String) args[1], Map.copyOf(properties)));
                return self;
            }
            return refuse(method.getName());
        });
    }

    private static <T> T named(Class<T> type, String name) {
        return proxy(type, (self, method, args) -> switch (method.getName()) {
            case "getQueueName", "toString" -> name;
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> refuse(method.getName());
        });
    }

    private static Object refuse(String method) {
        throw new UnsupportedOperationException(method + " on the fake broker");
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(FakeBroker.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
