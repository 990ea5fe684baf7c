package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Zoom answers an authorization URL that names scopes with an error page instead of consent. */
class ZoomAuthorizeScopeTest {

    private SimClient sim;

    @BeforeEach
    void reset() {
        sim = SimClient.resetShared();
    }

    @ParameterizedTest
    @ValueSource(strings = {"meeting:write:meeting meeting:read:list_meetings user:read:user", "meeting:write", ""})
    void a_scope_parameter_gets_invalid_scopes_and_no_code(String scope) {
        Map<String, String> params = SimClient.zoomAuthorizeParams(SimClient.challenge(SimClient.verifier()), "s");
        params.put("scope", scope);

        SimClient.Reply reply = sim.authorize("/zoom/oauth/authorize", params);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Location")).isNull();
        assertThat(reply.raw().body()).contains("Invalid scopes").contains("4,700");
        assertThat(sim.get("/__sim/requests/rejected")
                        .json()
                        .at("/rejected/0/reason")
                        .asText())
                .contains("scope");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void without_a_scope_the_apps_scopes_are_granted(boolean autoApprove) {
        sim.post("/__sim/consent", "{\"autoApprove\":" + autoApprove + "}");
        SimClient.Reply reply = sim.authorize(
                "/zoom/oauth/authorize", SimClient.zoomAuthorizeParams(SimClient.challenge(SimClient.verifier()), "s"));
        assertThat(reply.status()).isEqualTo(autoApprove ? 302 : 200);
    }
}
