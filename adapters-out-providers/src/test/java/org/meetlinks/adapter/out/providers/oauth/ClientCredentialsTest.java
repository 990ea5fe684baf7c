package org.meetlinks.adapter.out.providers.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A blank client setting is not configured, and the secret never shows in logs. */
class ClientCredentialsTest {

    @Test
    void a_blank_value_is_not_configured() {
        ClientCredentials client = new ClientCredentials(" ", "\t");

        assertThat(client.id()).isEmpty();
        assertThat(client.secret()).isEmpty();
        assertThat(new ClientCredentials("zoom-client", "").id()).contains("zoom-client");
    }

    @Test
    void its_text_names_the_client_but_not_the_secret() {
        assertThat(new ClientCredentials("zoom-client", "s3cret")).hasToString("client zoom-client");
        assertThat(new ClientCredentials("", "s3cret")).hasToString("client (none)");
    }
}
