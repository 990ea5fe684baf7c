package org.meetlinks.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Mints RS256 MP-JWT bearer tokens the way the platform's token issuer would, the same as scripts/dev-token. With the
 * public dev key (config/dev/jwt-private.pem) they are accepted by the dev and test servers and refused by production.
 */
public final class DevTokens {
    /** The issuer and audience the dev and test servers are configured to trust. */
    public static final String DEV_ISSUER = "https://meetlinks.dev/issuer";

    public static final String AUDIENCE = "meetlinks";
    /** Where the dev key lives, relative to the repository root. */
    public static final String DEV_KEY = "config/dev/jwt-private.pem";

    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"meetlinks-dev\"}";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey key;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    public DevTokens(PrivateKey key, String issuer, Duration lifetime, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Tokens signed with the dev key of the repository at {@code root}, from the dev issuer. */
    public static DevTokens devKey(Path root, Duration lifetime) {
        try {
            return new DevTokens(readKey(root.resolve(DEV_KEY)), DEV_ISSUER, lifetime, Clock.systemUTC());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the dev JWT key " + root.resolve(DEV_KEY), e);
        }
    }

    /** Reads a PKCS#8 PEM private key ("-----BEGIN PRIVATE KEY-----"). */
    public static PrivateKey readKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new GeneralSecurityException(pem + " is not a PKCS#8 PEM private key");
        }
        byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /** A signed token for {@code subject} (also its upn) in the one group {@code group}. */
    public String mint(String subject, String group) {
        long now = clock.instant().getEpochSecond();
        byte[] jti = new byte[16];
        RANDOM.nextBytes(jti);
        String claims = ("{\"iss\":\"%s\",\"aud\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[\"%s\"],"
                        + "\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}")
                .formatted(
                        json(issuer),
                        AUDIENCE,
                        json(subject),
                        json(subject),
                        json(group),
                        now,
                        now + lifetime.toSeconds(),
                        HexFormat.of().formatHex(jti));
        String unsigned = base64url(HEADER) + "." + base64url(claims);
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + BASE64URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String base64url(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
