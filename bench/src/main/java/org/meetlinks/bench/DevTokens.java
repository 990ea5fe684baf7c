package org.meetlinks.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Mints MP-JWT bearer tokens with the dev key (config/dev), which the benchmark's servers accept. */
final class DevTokens {
    private final PrivateKey key;

    private DevTokens(PrivateKey key) {
        this.key = key;
    }

    static DevTokens load(Path root) throws IOException, GeneralSecurityException {
        String pem = Files.readString(root.resolve("config/dev/jwt-private.pem"));
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return new DevTokens(KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64))));
    }

    String token(String subject, String group) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("https://meetlinks.dev/issuer").audience("meetlinks").subject(subject).claim("upn", subject)
                .claim("groups", List.of(group)).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
        return jwt.serialize();
    }
}
