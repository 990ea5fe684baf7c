package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meetlinks.simulator.oauth.Pkce;

/** PKCE S256 against the RFC 7636 appendix B example. */
class PkceTest {

    private static final String RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void rfc7636_example_matches() {
        assertThat(Pkce.s256(RFC_VERIFIER)).isEqualTo(RFC_CHALLENGE);
        assertThat(Pkce.matches(RFC_VERIFIER, RFC_CHALLENGE)).isTrue();
        assertThat(Pkce.isValidS256Challenge(RFC_CHALLENGE)).isTrue();
    }

    @Test
    void other_or_malformed_verifiers_do_not_match() {
        assertThat(Pkce.matches(RFC_VERIFIER.replace('d', 'e'), RFC_CHALLENGE)).isFalse();
        assertThat(Pkce.matches("short", RFC_CHALLENGE)).isFalse();
        assertThat(Pkce.isValidS256Challenge("plain-text")).isFalse();
    }
}
