package org.meetlinks.devtools;

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
import java.util.Set;
import java.util.regex.Pattern;

/** Mints RS256 bearer tokens exactly like scripts/dev-token, signed with the public dev key. Dev only. */
final class DevTokens {
    static final String ISSUER = "https://meetlinks.dev/issuer";
    static final String AUDIENCE = "meetlinks";
    static final Duration LIFETIME = Duration.ofHours(8);
    static final Set<String> GROUPS = Set.of("mentor", "mentee", "booking-system", "admin");
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");
    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"meetlinks-dev\"}";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey key;
    private final Clock clock;

    DevTokens(PrivateKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** Reads a PKCS#8 PEM private key ("-----BEGIN PRIVATE KEY-----"). */
    static PrivateKey readKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new GeneralSecurityException(pem + " is not a PKCS#8 PEM private key");
        }
        byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    static boolean validSubject(String subject) {
        return subject != null && SUBJECT.matcher(subject).matches();
    }

    static boolean validGroup(String group) {
        return group != null && GROUPS.contains(group);
    }

    /** A signed token for {@code subject} in {@code group}, valid for eight hours. */
    String mint(String subject, String group) throws GeneralSecurityException {
        if (!validSubject(subject)) {
            throw new IllegalArgumentException("subject must be 1-128 letters, digits, '.', '_', ':', '@' or '-'");
        }
        if (!validGroup(group)) {
            throw new IllegalArgumentException("group must be one of " + GROUPS);
        }
        long now = clock.instant().getEpochSecond();
        byte[] jti = new byte[16];
        RANDOM.nextBytes(jti);
        String claims = ("{\"iss\":\"%s\",\"aud\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[\"%s\"],"
                + "\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}").formatted(ISSUER, AUDIENCE, subject, subject, group, now,
                now + LIFETIME.toSeconds(), HexFormat.of().formatHex(jti));
        String unsigned = base64url(HEADER) + "." + base64url(claims);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + BASE64URL.encodeToString(signer.sign());
    }

    private static String base64url(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
