package org.meetlinks.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meetlinks.simulator.Provider;

/** Faults can target one account's calls (a broken account next to healthy ones), and only those. */
class AccountFaultsTest {
    private final FaultInjector faults = new FaultInjector();

    @Test
    void faults_for_one_account_spare_every_other_account_and_calls_without_one() throws Exception {
        faults.configure(
                FaultSettings.fromJson(
                        Provider.ZOOM,
                        new ObjectMapper()
                                .readTree(
                                        "{\"provider\":\"zoom\",\"serverErrorRate\":1.0,\"accounts\":[\"broken@example.org\"]}")));

        assertThat(faults.decide("create", Optional.of("broken@example.org")).kind())
                .isEqualTo(FaultDecision.Kind.SERVER_ERROR);
        assertThat(faults.decide("create", Optional.of("fine@example.org")).kind())
                .isEqualTo(FaultDecision.Kind.NONE);
        assertThat(faults.decide("create").kind()).isEqualTo(FaultDecision.Kind.NONE);
    }

    @Test
    void without_accounts_every_call_is_targeted() throws Exception {
        faults.configure(FaultSettings.fromJson(
                Provider.ZOOM, new ObjectMapper().readTree("{\"provider\":\"zoom\",\"serverErrorRate\":1.0}")));
        assertThat(faults.decide("create", Optional.of("fine@example.org")).kind())
                .isEqualTo(FaultDecision.Kind.SERVER_ERROR);
    }

    @Test
    void accounts_must_be_emails() {
        assertThatThrownBy(() -> FaultSettings.fromJson(
                        Provider.ZOOM, new ObjectMapper().readTree("{\"provider\":\"zoom\",\"accounts\":[\"m-1\"]}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
