package org.meetlinks.adapter.out.providers.oauth;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.util.Objects;

/** A fresh PKCE pair: keep the verifier server-side with the state, send the S256 challenge to the provider. */
public record Pkce(String codeVerifier, String codeChallenge) {
    public Pkce {
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
    }

    public static Pkce generate() {
        CodeVerifier verifier = new CodeVerifier();
        return new Pkce(
                verifier.getValue(),
                CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue());
    }

    @Override
    public String toString() {
        return "Pkce[challenge " + codeChallenge + "]";
    }
}
