package org.meetlinks.jms.artemis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.uri.ConnectorTransportConfigurationParser;

/**
 * Turns an Artemis client URL ({@code tcp://host:port?param=value}, or {@code (tcp://a:1,tcp://b:2)} for several
 * brokers) into connectors, with Artemis's own parser; query parameters that are not connector settings are dropped.
 */
final class BrokerUrl {
    private BrokerUrl() {}

    /** One connector: the Netty connector factory class and its parameters (host, port, TLS settings ...). */
    record Connector(String factoryClassName, Map<String, Object> parameters) {}

    static List<Connector> parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the broker URL is empty; expected e.g. tcp://broker.example.org:61616");
        }
        List<TransportConfiguration> transports;
        try {
            ConnectorTransportConfigurationParser parser = new ConnectorTransportConfigurationParser(false);
            transports = parser.newObject(parser.expandURI(url.trim()), "meetlinks");
        } catch (Exception e) {
            throw new IllegalArgumentException("not an Artemis broker URL: " + url + " (" + e.getMessage() + ")", e);
        }
        if (transports.isEmpty()) {
            throw new IllegalArgumentException("the broker URL names no broker: " + url);
        }
        return transports.stream()
                .map(t -> new Connector(t.getFactoryClassName(), new HashMap<>(t.getCombinedParams())))
                .toList();
    }
}
