package org.meetlinks.jms.artemis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.junit.jupiter.api.Test;

class BrokerUrlTest {

    @Test
    void a_tcp_url_becomes_one_netty_connector_with_host_and_port() {
        List<BrokerUrl.Connector> connectors = BrokerUrl.parse("tcp://broker.example.org:61626");

        assertThat(connectors).singleElement().satisfies(c -> {
            assertThat(c.factoryClassName()).isEqualTo(NettyConnectorFactory.class.getName());
            assertThat(c.parameters())
                    .containsEntry("host", "broker.example.org")
                    .containsEntry("port", "61626");
        });
    }

    @Test
    void connector_parameters_in_the_query_are_kept() {
        List<BrokerUrl.Connector> connectors = BrokerUrl.parse("tcp://broker:61617?sslEnabled=true");

        assertThat(connectors.get(0).parameters()).containsEntry("sslEnabled", "true");
    }

    @Test
    void several_brokers_give_several_connectors() {
        List<BrokerUrl.Connector> connectors = BrokerUrl.parse("(tcp://a:61616,tcp://b:61617)");

        assertThat(connectors).extracting(c -> c.parameters().get("host")).containsExactly("a", "b");
    }

    @Test
    void the_adapter_uses_the_url_for_its_connectors() {
        BrokerUrlResourceAdapter adapter = new BrokerUrlResourceAdapter();

        adapter.setBrokerURL("tcp://127.0.0.1:61626");

        assertThat(adapter.getBrokerURL()).isEqualTo("tcp://127.0.0.1:61626");
        assertThat(adapter.getProperties().getParsedConnectorClassNames())
                .containsExactly(NettyConnectorFactory.class.getName());
        assertThat(adapter.getProperties().getParsedConnectionParameters())
                .singleElement()
                .satisfies(p -> assertThat(p).containsEntry("host", "127.0.0.1").containsEntry("port", "61626"));
    }

    @Test
    void empty_credentials_mean_none() {
        BrokerUrlResourceAdapter adapter = new BrokerUrlResourceAdapter();

        adapter.setUserName("");
        adapter.setPassword("");

        assertThat(adapter.getUserName()).isNull();
        assertThat(adapter.getPassword()).isNull();
    }

    @Test
    void an_empty_or_unknown_url_is_refused_with_the_reason() {
        assertThatThrownBy(() -> BrokerUrl.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> BrokerUrl.parse("nosuch://x:1")).hasMessageContaining("nosuch://x:1");
    }
}
