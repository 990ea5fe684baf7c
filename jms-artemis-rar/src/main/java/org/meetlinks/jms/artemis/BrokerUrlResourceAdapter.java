package org.meetlinks.jms.artemis;

import java.util.List;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;

/**
 * The Artemis resource adapter with one more property, {@code BrokerURL}: the broker's address as an Artemis
 * client URL, so that Liberty config can take it from one variable (the stock adapter wants a connector class
 * name and {@code host=..;port=..} parameters instead). An empty user name or password means none, so config
 * variables can default to empty.
 */
public class BrokerUrlResourceAdapter extends ActiveMQResourceAdapter {
    private static final long serialVersionUID = 1L;

    private String brokerURL = "";

    public String getBrokerURL() {
        return brokerURL;
    }

    /** Replaces the connectors of the adapter (and so of its connection factories and activations) by the URL's. */
    public void setBrokerURL(String url) {
        List<BrokerUrl.Connector> connectors = BrokerUrl.parse(url);
        getProperties()
                .setParsedConnectorClassNames(connectors.stream()
                        .map(BrokerUrl.Connector::factoryClassName)
                        .toList());
        getProperties()
                .setParsedConnectionParameters(
                        connectors.stream().map(BrokerUrl.Connector::parameters).toList());
        this.brokerURL = url;
    }

    @Override
    public void setUserName(String userName) {
        super.setUserName(noneIfEmpty(userName));
    }

    @Override
    public void setPassword(String password) {
        super.setPassword(noneIfEmpty(password));
    }

    /** The Artemis adapter's own convention for "not set" is null; Liberty hands over an empty variable as "". */
    private static String noneIfEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
